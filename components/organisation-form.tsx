"use client";

import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  organisationKeyClaims,
  emptyOrganisation,
  organisationFormSchema,
  ORGANISATION_KIND_CHOICES,
  type OrganisationFormValues,
  type OrganisationPicks,
} from "@/lib/organisation-schema";
import { CountryOptions } from "@/components/country-options";
import { proposeOrganisationAction } from "@/app/admin/organisations/actions";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { NameFields } from "@/components/name-fields";
import { RecordPickerField } from "@/components/record-picker";
import { Field, FormError, fieldAria, ProposalButtons } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import type { OrganisationProposalTarget } from "@/lib/organisation";
import { PossiblySame } from "@/components/possibly-same";
import { LabelOptions } from "@/components/label-options";

const toCodeOrNull = (value: unknown) => (value ? String(value) : null);

type Props = { defaultValues?: OrganisationFormValues; target?: OrganisationProposalTarget; picks?: OrganisationPicks };

const NOTHING_PICKED: OrganisationPicks = { place: null, parent: null, source: null };

// Selects also carry defaultValue so the server-rendered page shows the right option
// before react-hook-form takes over.
export function OrganisationForm({ defaultValues = emptyOrganisation(), target = {}, picks = NOTHING_PICKED }: Props) {
  const form = useForm<OrganisationFormValues>({ resolver: zodResolver(organisationFormSchema), defaultValues });
  const draft = useFormDraft(form);
  const { register, handleSubmit, setError, control, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  const [name, country] = useWatch({ control, name: ["name", "country"] });
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  const save = (submit: boolean) => async (values: OrganisationFormValues) => {
    const result = await draft.afterSave(proposeOrganisationAction(target, values, submit));
    showActionErrors(result, setError);
  };

  return (
    <FormProvider {...form}>
      <form className="stack card" onSubmit={handleSubmit(save(true))} noValidate>
        <FormError message={errors.root?.message} />
        <Field
          id="name"
          label="English name"
          hint="The name in full, e.g. Jiangsu Provincial Foreign Affairs Office"
          error={errors.name?.message}
        >
          <input id="name" {...fieldAria("name", errors.name)} {...register("name")} />
        </Field>
        <PossiblySame type="ORGANISATION" noun="organisation" name={name} country={country} except={target.organisationId} />
        <div className="row">
          <Field id="kind" label="Kind of organisation" error={errors.kind?.message}>
            <select id="kind" defaultValue={defaultValues.kind} {...fieldAria("kind", errors.kind)} {...register("kind")}>
              <LabelOptions labels={ORGANISATION_KIND_CHOICES} />
            </select>
          </Field>
          <Field id="country" label="Country" error={errors.country?.message}>
            <select
              id="country"
              defaultValue={defaultValues.country ?? ""}
              {...fieldAria("country", errors.country)}
              {...register("country", { setValueAs: toCodeOrNull })}
            >
              <option value="">— international or not known —</option>
              <CountryOptions />
            </select>
          </Field>
        </div>
        <RecordPickerField control={control} name="placeId" id="placeId" label="Place" types={["PLACE"]} initial={picks.place} />
        <RecordPickerField
          control={control}
          name="parentId"
          id="parentId"
          label="Part of"
          types={["ORGANISATION"]}
          initial={picks.parent}
          exclude={target.organisationId ? [target.organisationId] : []}
        />
        <NameFields />
        <Field id="summary" label="Summary" hint="Optional: one or two sentences in your own words" error={errors.summary?.message}>
          <textarea id="summary" rows={3} {...fieldAria("summary", errors.summary)} {...register("summary")} />
        </Field>
        <ClaimCitationFields
          name="existsCitation"
          claim="that the organisation exists"
          initialSource={picks.source}
          isKey={organisationKeyClaims().includes("exists")}
        />
        <ProposalButtons isSubmitting={isSubmitting} onSaveDraft={handleSubmit(save(false))} />
      </form>
    </FormProvider>
  );
}
