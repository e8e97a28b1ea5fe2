"use client";

import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { emptyTieProposal, tieProposalSchema, type TieProposal } from "@/lib/tie-schema";
import { proposeTieAction } from "@/app/admin/ties/actions";
import { RecordPickerField, type PickedRecord } from "@/components/record-picker";
import { TieEventCitations, TieEventFields } from "@/components/tie-event-fields";
import { FormError } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";

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
  const draft = useFormDraft(form);
  const { handleSubmit, setError, control, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  async function onSubmit(values: TieProposal) {
    showActionErrors(await draft.afterSave(proposeTieAction(values, changeId)), setError);
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
            emptyValue=""
          />
          <RecordPickerField
            control={control}
            name="tie.placeBId"
            id="tie-placeB"
            label="Partner place"
            types={["PLACE"]}
            initial={labels.placeB}
            emptyValue=""
          />
        </div>
        <fieldset>
          <legend>First event</legend>
          <TieEventFields kindLabel="Kind of tie" noKindLabel="— not stated —" defaults={defaultValues.event} />
        </fieldset>
        <TieEventCitations kindSource={labels.kindSource} dateSource={labels.dateSource} />
        <div>
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Submitting…" : "Submit for review"}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
