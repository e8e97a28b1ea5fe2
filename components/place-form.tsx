"use client";

import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { emptyPlace, placeSchema, PLACE_LEVEL_LABELS, type PlaceInput } from "@/lib/place-schema";
import { CountryOptions } from "@/components/country-options";
import { savePlaceProposal } from "@/app/admin/places/actions";
import { Field, FormError, fieldAria, ProposalButtons } from "@/components/ui/field";
import { RecordPickerField, type PickedRecord } from "@/components/record-picker";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import type { PlaceProposalTarget } from "@/lib/place";
import { PossiblySame } from "@/components/possibly-same";
import { LabelOptions } from "@/components/label-options";
import { NameFields } from "@/components/name-fields";

const toNumberOrNull = (value: unknown) => (value === "" || value == null ? null : Number(value));

// `parent`: what the parent picker shows for the parent the form starts with.
type Props = { parent?: PickedRecord | null; defaultValues?: PlaceInput; target?: PlaceProposalTarget };

// Selects also carry defaultValue so the server-rendered page shows the right option
// before react-hook-form takes over.
export function PlaceForm({ parent = null, defaultValues = emptyPlace(), target = {} }: Props) {
  const form = useForm<PlaceInput>({ resolver: zodResolver(placeSchema), defaultValues });
  const draft = useFormDraft(form);
  const { register, handleSubmit, setError, control, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  const [country, name] = useWatch({ control, name: ["country", "name"] });
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  const save = (submit: boolean) => async (values: PlaceInput) => {
    const result = await draft.afterSave(savePlaceProposal(target, values, submit));
    showActionErrors(result, setError);
  };

  return (
    <FormProvider {...form}>
      <form className="stack card" onSubmit={handleSubmit(save(true))} noValidate>
        <FormError message={errors.root?.message} />
        <Field id="name" label="English name" hint="The canonical name, e.g. Yangzhou, Gangnam District" error={errors.name?.message}>
          <input id="name" {...fieldAria("name", errors.name)} {...register("name")} />
        </Field>
        <PossiblySame type="PLACE" noun="place" name={name} country={country} except={target.placeId} />
        <div className="row">
          <Field id="country" label="Country" error={errors.country?.message}>
            <select id="country" defaultValue={defaultValues.country} {...fieldAria("country", errors.country)} {...register("country")}>
              <CountryOptions />
            </select>
          </Field>
          <Field id="level" label="Administrative level" error={errors.level?.message}>
            <select id="level" defaultValue={defaultValues.level} {...fieldAria("level", errors.level)} {...register("level")}>
              <LabelOptions labels={PLACE_LEVEL_LABELS} />
            </select>
          </Field>
        </div>
        <RecordPickerField
          control={control}
          name="parentId"
          id="parentId"
          label="Part of"
          hint="The province, prefecture or city this place belongs to, in the same country"
          types={["PLACE"]}
          country={country}
          initial={parent}
          exclude={target.placeId ? [target.placeId] : []}
        />
        <NameFields />
        <div className="row">
          <Field id="latitude" label="Latitude" hint="Decimal degrees, e.g. 32.39" error={errors.latitude?.message}>
            <input
              id="latitude"
              inputMode="decimal"
              {...fieldAria("latitude", errors.latitude)}
              {...register("latitude", { setValueAs: toNumberOrNull })}
            />
          </Field>
          <Field id="longitude" label="Longitude" hint="Decimal degrees, e.g. 119.41" error={errors.longitude?.message}>
            <input
              id="longitude"
              inputMode="decimal"
              {...fieldAria("longitude", errors.longitude)}
              {...register("longitude", { setValueAs: toNumberOrNull })}
            />
          </Field>
        </div>
        <Field id="summary" label="Summary" hint="Optional: one or two sentences in your own words" error={errors.summary?.message}>
          <textarea id="summary" rows={3} {...fieldAria("summary", errors.summary)} {...register("summary")} />
        </Field>
        <ProposalButtons isSubmitting={isSubmitting} onSaveDraft={handleSubmit(save(false))} />
      </form>
    </FormProvider>
  );
}
