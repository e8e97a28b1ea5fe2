"use client";

import { FormProvider, useFieldArray, useForm, useFormContext, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { emptyPersonForm, emptyPositionRow, personFormSchema, type PersonForm as PersonFormValues } from "@/lib/person-schema";
import { emptyName } from "@/lib/name-schema";
import { positionKeyClaims } from "@/lib/position-schema";
import { uncited } from "@/lib/claim-citation-schema";
import { savePersonProposal } from "@/app/admin/people/actions";
import { RecordPickerField, type PickedRecord } from "@/components/record-picker";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { NameFields } from "@/components/name-fields";
import { Field, FormError, fieldAria, ProposalButtons } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import type { PersonTarget } from "@/lib/person";
import { PossiblySame } from "@/components/possibly-same";

// What the pickers show for the ids a form starts with (places, organisations, sources).
export type PickedById = Record<string, PickedRecord>;

type Props = { defaultValues?: PersonFormValues; target?: PersonTarget; picked?: PickedById };

const citedName = (lang: string) => ({ ...emptyName(lang), citation: uncited() });

// Each name may carry the passage of the source that used it: a variant spelling is only
// worth keeping with the source that printed it.
function NameSources({ picked }: { picked: PickedById }) {
  const names = useWatch<PersonFormValues, "names">({ name: "names" }) ?? [];
  return (
    <>
      {names.map((name, index) =>
        name.kind === "VARIANT" || name.citation?.sourceId ? (
          <ClaimCitationFields
            key={name.id ?? index}
            name={`names.${index}.citation`}
            claim={`the name “${name.text || `name ${index + 1}`}”`}
            initialSource={picked[name.citation?.sourceId ?? ""]}
          />
        ) : null,
      )}
    </>
  );
}

function PositionRows({ picked }: { picked: PickedById }) {
  const { control, register, formState } = useFormContext<PersonFormValues>();
  const rows = useFieldArray({ control, name: "positions", keyName: "key" });
  const errors = formState.errors.positions;
  // A position's period needs citing once a date of it is given.
  const periods = useWatch({ control, name: "positions" }) ?? [];
  return (
    <fieldset>
      <legend>Positions held</legend>
      {rows.fields.map((row, index) => {
        const id = `positions-${index}`;
        const rowErrors = errors?.[index];
        const n = index + 1;
        const keyClaims = positionKeyClaims({ startOn: periods[index]?.startOn ?? "", endOn: periods[index]?.endOn ?? "" });
        return (
          <div className="stack card" key={row.key} role="group" aria-label={`Position ${n}`}>
            <Field id={`${id}-title`} label={`Title of position ${n}`} hint="As the source gives it" error={rowErrors?.title?.message}>
              <input id={`${id}-title`} {...fieldAria(`${id}-title`, rowErrors?.title)} {...register(`positions.${index}.title`)} />
            </Field>
            <div className="row">
              <RecordPickerField
                control={control}
                name={`positions.${index}.placeId`}
                id={`${id}-place`}
                label={`Place of position ${n}`}
                types={["PLACE"]}
                initial={row.placeId ? picked[row.placeId] : null}
              />
              <RecordPickerField
                control={control}
                name={`positions.${index}.organisationId`}
                id={`${id}-organisation`}
                label={`Organisation of position ${n}`}
                types={["ORGANISATION"]}
                initial={row.organisationId ? picked[row.organisationId] : null}
              />
            </div>
            <div className="row">
              <Field
                id={`${id}-startOn`}
                label={`From (position ${n})`}
                hint="YYYY, YYYY-MM or YYYY-MM-DD"
                error={rowErrors?.startOn?.message}
              >
                <input
                  id={`${id}-startOn`}
                  {...fieldAria(`${id}-startOn`, rowErrors?.startOn)}
                  {...register(`positions.${index}.startOn`)}
                />
              </Field>
              <Field id={`${id}-endOn`} label={`Until (position ${n})`} hint="Empty while still held" error={rowErrors?.endOn?.message}>
                <input id={`${id}-endOn`} {...fieldAria(`${id}-endOn`, rowErrors?.endOn)} {...register(`positions.${index}.endOn`)} />
              </Field>
            </div>
            <ClaimCitationFields
              name={`positions.${index}.titleCitation`}
              claim={`the title of position ${n}`}
              initialSource={picked[row.titleCitation.sourceId]}
              isKey={keyClaims.includes("title")}
            />
            <ClaimCitationFields
              name={`positions.${index}.periodCitation`}
              claim={`the period of position ${n}`}
              initialSource={picked[row.periodCitation.sourceId]}
              isKey={keyClaims.some((field) => field === "startOn" || field === "endOn")}
            />
            <div>
              <button type="button" className="secondary" onClick={() => rows.remove(index)}>
                Remove position {n}
              </button>
            </div>
          </div>
        );
      })}
      <p>
        <button type="button" className="secondary" onClick={() => rows.append(emptyPositionRow())}>
          Add a position
        </button>
      </p>
    </fieldset>
  );
}

// A person: their names in every script and the variants sources used, the positions they
// held, and the passages that support each. Saved as a draft or submitted for review.
export function PersonForm({ defaultValues = emptyPersonForm(), target = {}, picked = {} }: Props) {
  const form = useForm<PersonFormValues>({ resolver: zodResolver(personFormSchema), defaultValues });
  const draft = useFormDraft(form);
  const { register, handleSubmit, setError, formState, control } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  const name = useWatch({ control, name: "name" });
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  const save = (submit: boolean) => async (values: PersonFormValues) => {
    showActionErrors(await draft.afterSave(savePersonProposal(target, values, submit)), setError);
  };

  return (
    <FormProvider {...form}>
      <form className="stack card" onSubmit={handleSubmit(save(true))} noValidate aria-label="Person">
        <FormError message={errors.root?.message} />
        <Field
          id="name"
          label="Name in English"
          hint="Family name first where the person's language puts it first, e.g. Xin Changxing"
          error={errors.name?.message}
        >
          <input id="name" {...fieldAria("name", errors.name)} {...register("name")} />
        </Field>
        <PossiblySame type="PERSON" noun="person" name={name} except={target.personId} />
        <NameFields newNameLang="zh-Hans" newName={citedName} />
        <NameSources picked={picked} />
        <ClaimCitationFields name="existsCitation" claim="the person" initialSource={picked[defaultValues.existsCitation.sourceId]} />
        <PositionRows picked={picked} />
        <Field id="summary" label="Summary" hint="Optional: one or two sentences in your own words" error={errors.summary?.message}>
          <textarea id="summary" rows={3} {...fieldAria("summary", errors.summary)} {...register("summary")} />
        </Field>
        <ProposalButtons isSubmitting={isSubmitting} onSaveDraft={handleSubmit(save(false))} />
      </form>
    </FormProvider>
  );
}
