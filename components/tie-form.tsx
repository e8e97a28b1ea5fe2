"use client";

import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { emptyTieProposal, tieProposalSchema, type TieProposal } from "@/lib/tie-schema";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-event-schema";
import { proposeTieAction } from "@/app/admin/ties/actions";
import { RecordPickerField, type PickedRecord } from "@/components/record-picker";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";

const toKindOrNull = (value: unknown) => (value ? String(value) : null);

// What the pickers show for the ids the form starts with, and the sources already cited.
export type TieFormLabels = {
  placeA?: PickedRecord | null;
  placeB?: PickedRecord | null;
  kindSource?: PickedRecord | null;
  dateSource?: PickedRecord | null;
};

type Props = { defaultValues?: TieProposal; labels?: TieFormLabels; changeId?: string };

// A new tie between two places, with the event that began it (or the first one known) and
// the passages that say what kind of tie it is and since when. Kind, status and "since"
// of the tie itself are derived from its events, so they are not asked for.
export function TieForm({ defaultValues = emptyTieProposal(), labels = {}, changeId }: Props) {
  const form = useForm<TieProposal>({ resolver: zodResolver(tieProposalSchema), defaultValues });
  const { register, handleSubmit, setError, control, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  async function onSubmit(values: TieProposal) {
    showActionErrors(await proposeTieAction(values, changeId), setError);
  }

  return (
    <FormProvider {...form}>
      <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="New tie">
        <FormError message={errors.root?.message} />
        <div className="row">
          <RecordPickerField
            control={control}
            name="tie.placeAId"
            id="tie-placeA"
            label="Place"
            types={["PLACE"]}
            initial={labels.placeA}
          />
          <RecordPickerField
            control={control}
            name="tie.placeBId"
            id="tie-placeB"
            label="Partner place"
            types={["PLACE"]}
            initial={labels.placeB}
          />
        </div>
        <fieldset>
          <legend>First event</legend>
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
            <Field id="event-kind" label="Kind of tie" error={errors.event?.kind?.message}>
              <select
                id="event-kind"
                defaultValue={defaultValues.event.kind ?? ""}
                {...register("event.kind", { setValueAs: toKindOrNull })}
              >
                <option value="">— not stated —</option>
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
        </fieldset>
        <ClaimCitationFields name="citations.kind" claim="the kind of tie" initialSource={labels.kindSource} />
        <ClaimCitationFields name="citations.occurredOn" claim="the date" initialSource={labels.dateSource} />
        <div>
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Submitting…" : "Submit for review"}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
