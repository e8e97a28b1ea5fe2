"use client";

import { useState } from "react";
import { useController, useForm, type Control } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { tieEventProposalSchema, TIE_EVENT_LABELS, TIE_KIND_LABELS, type TieEventProposal } from "@/lib/tie-event-schema";
import { proposeTieEventAction } from "@/app/admin/ties/actions";
import { RecordPicker, type PickedRecord } from "@/components/record-picker";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";

const CLAIMS = [
  { field: "kind" as const, label: "kind of tie" },
  { field: "occurredOn" as const, label: "date" },
];

const toKindOrNull = (value: unknown) => (value ? String(value) : null);

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
  const { register, handleSubmit, setError, control, formState } = useForm<TieEventProposal>({
    resolver: zodResolver(tieEventProposalSchema),
    defaultValues,
  });
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  async function onSubmit(values: TieEventProposal) {
    showActionErrors(await proposeTieEventAction(values, changeId), setError);
  }

  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="New tie event">
      <FormError message={errors.root?.message} />
      <div className="row">
        <Field id="event-type" label="What happened" error={errors.event?.type?.message}>
          <select id="event-type" defaultValue={defaultValues.event.type} {...register("event.type")}>
            {Object.entries(TIE_EVENT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="event-kind" label="Kind of tie from then on" error={errors.event?.kind?.message}>
          <select id="event-kind" defaultValue={defaultValues.event.kind ?? ""} {...register("event.kind", { setValueAs: toKindOrNull })}>
            <option value="">— unchanged —</option>
            {Object.entries(TIE_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="event-occurredOn" label="Date" hint="YYYY, YYYY-MM or YYYY-MM-DD" error={errors.event?.occurredOn?.message}>
          <input id="event-occurredOn" {...fieldAria("event-occurredOn", errors.event?.occurredOn)} {...register("event.occurredOn")} />
        </Field>
      </div>
      <Field
        id="event-term"
        label="Words the source used"
        hint="e.g. 友好城市, 姉妹都市, 자매결연, sister cities"
        error={errors.event?.term?.message}
      >
        <input id="event-term" {...register("event.term")} />
      </Field>
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
  );
}
