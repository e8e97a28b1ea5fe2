"use client";

import { useForm, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { submitImportAction } from "@/app/admin/imports/actions";
import { countryName } from "@/lib/countries";
import { NEW_PLACE, resolutionChoicesSchema, SKIP, type ResolutionChoices, type ResolutionEntry } from "@/lib/import-run-schema";
import { FormError } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useFormDraft } from "@/components/use-form-draft";

const REASONS: Record<ResolutionEntry["reason"], string> = {
  qualifier: "The list qualifies the name (a district of a city, or one of several places so named).",
  several: "More than one place in this country has this name.",
};

function CityChoice({ city, index, form }: { city: ResolutionEntry; index: number; form: UseFormReturn<ResolutionChoices> }) {
  const error = form.formState.errors.choices?.[index]?.choice?.message;
  const errorId = `city-${index}-error`;
  const options = [
    ...city.candidates.map((candidate) => ({ value: candidate.ref, label: candidate.label })),
    { value: NEW_PLACE, label: "Create a new place" },
    { value: SKIP, label: "Skip: leave its rows out" },
  ];
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>
        {city.name}, {countryName(city.country)}
      </legend>
      <p className="small muted">{REASONS[city.reason]}</p>
      {options.map((option) => (
        <label key={option.value} className="row" style={{ alignItems: "center", gap: "0.5rem" }}>
          <input type="radio" value={option.value} {...form.register(`choices.${index}.choice`)} />
          {option.label}
        </label>
      ))}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

// The resolution list: for every city of the list the matching could not settle, one of its
// candidates, a new place, or no tie at all. Kept as a draft while the editor chooses; the
// server checks every city is answered before it proposes anything.
export function ImportResolutionForm({ runId, cities }: { runId: string; cities: ResolutionEntry[] }) {
  const form = useForm<ResolutionChoices>({
    resolver: zodResolver(resolutionChoicesSchema),
    defaultValues: { runId, choices: cities.map((city) => ({ key: city.key, choice: city.choice ?? "" })) },
  });
  const draft = useFormDraft(form);
  const { handleSubmit, setError, formState } = form;

  async function onSubmit(values: ResolutionChoices) {
    showActionErrors(await draft.afterSave(submitImportAction(values)), setError);
  }

  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Resolution list">
      <h2>Places to resolve</h2>
      <FormError message={formState.errors.root?.message} />
      {cities.length === 0 ? (
        <p>Every city of the list was matched to one place, or is new: nothing needs your choice.</p>
      ) : (
        <p>
          {cities.length === 1 ? "One city" : `${cities.length} cities`} of the list could be more than one place. Choose for each what it
          is; your choices are kept as a draft until you submit.
        </p>
      )}
      {cities.map((city, index) => (
        <CityChoice key={city.key} city={city} index={index} form={form} />
      ))}
      <div>
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Submitting…" : "Submit for review"}
        </button>
      </div>
    </form>
  );
}
