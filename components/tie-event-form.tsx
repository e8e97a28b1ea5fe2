"use client";

import { useState } from "react";
import { FormProvider, useController, useForm, type Control } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { tieEventProposalSchema, type TieEventProposal } from "@/lib/tie-event-schema";
import { TieEventFields } from "@/components/tie-event-fields";
import { proposeTieEventAction } from "@/app/admin/ties/actions";
import { RecordPicker, type PickedRecord } from "@/components/record-picker";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";

const CLAIMS = [
  { field: "kind" as const, label: "kind of tie" },
  { field: "occurredOn" as const, label: "date" },
];

// The form shows one citation per claim at a fixed index, so a proposal's citations are
// placed by their claim, not by their order.
function formValues(tieId: string, proposal?: TieEventProposal): TieEventProposal {
  return {
    event: proposal?.event ?? { tieId, type: "ESTABLISHED", kind: null, term: "", occurredOn: "", note: "" },
    citations: CLAIMS.map(
      ({ field }) => proposal?.citations.find((c) => c.field === field) ?? { field, sourceId: "", quote: "", assertedValue: "" },
    ),
  };
}

type SourcePickerProps = { control: Control<TieEventProposal>; index: number; label: string; initial: PickedRecord | null; error?: string };

// The schema holds "" for "not cited", so the picker's null is stored as "".
function SourcePicker({ control, index, label, initial, error }: SourcePickerProps) {
  const { field } = useController({ control, name: `citations.${index}.sourceId` });
  const [source, setSource] = useState(initial);
  return (
    <RecordPicker
      id={`citations.${index}.sourceId`}
      label={`Source for the ${label}`}
      types={["SOURCE"]}
      value={field.value && source?.id === field.value ? source : null}
      onChange={(record) => {
        setSource(record);
        field.onChange(record?.id ?? "");
      }}
      error={error}
    />
  );
}

// `citedSources`: the sources a revised proposal already cites, as their pickers show them.
type Props = { tieId: string; citedSources?: PickedRecord[]; changeId?: string; defaultValues?: TieEventProposal };

// With `changeId` it revises the author's own proposal, starting from `defaultValues`.
export function TieEventForm({ tieId, citedSources = [], changeId, defaultValues: proposal }: Props) {
  const defaultValues = formValues(tieId, proposal);
  const form = useForm<TieEventProposal>({ resolver: zodResolver(tieEventProposalSchema), defaultValues });
  const { register, handleSubmit, setError, control, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  async function onSubmit(values: TieEventProposal) {
    showActionErrors(await proposeTieEventAction(values, changeId), setError);
  }

  return (
    <FormProvider {...form}>
      <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="New tie event">
        <FormError message={errors.root?.message} />
        <TieEventFields kindLabel="Kind of tie from then on" noKindLabel="— unchanged —" defaults={defaultValues.event} />
        {CLAIMS.map(({ field, label }, index) => (
          <fieldset key={field}>
            <legend>Source for the {label}</legend>
            <div className="row">
              <SourcePicker
                control={control}
                index={index}
                label={label}
                initial={citedSources.find((source) => source.id === defaultValues.citations[index].sourceId) ?? null}
                error={errors.citations?.[index]?.sourceId?.message}
              />
              <Field
                id={`citations.${index}.assertedValue`}
                label={`Value stated for the ${label}`}
                error={errors.citations?.[index]?.assertedValue?.message}
              >
                <input id={`citations.${index}.assertedValue`} {...register(`citations.${index}.assertedValue`)} />
              </Field>
            </div>
            <Field
              id={`citations.${index}.quote`}
              label={`Passage supporting the ${label}`}
              error={errors.citations?.[index]?.quote?.message}
            >
              <textarea
                id={`citations.${index}.quote`}
                rows={2}
                {...fieldAria(`citations.${index}.quote`, errors.citations?.[index]?.quote)}
                {...register(`citations.${index}.quote`)}
              />
            </Field>
          </fieldset>
        ))}
        <div>
          <button type="submit" disabled={isSubmitting}>
            Submit for review
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
