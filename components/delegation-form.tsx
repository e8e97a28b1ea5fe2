"use client";

import { FormProvider, useForm, useFormContext, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { delegationFormSchema, delegationKeyClaims, emptyDelegation, type DelegationFormValues } from "@/lib/delegation-schema";
import { proposeDelegationAction } from "@/app/admin/delegations/actions";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { RecordPickerField } from "@/components/record-picker";
import { Field, FormError, fieldAria, ProposalButtons } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import { DelegationPicksProvider, usePicks, type Picked, type PositionChoices } from "@/components/delegation-picks";
import { PersonField, PositionField } from "@/components/delegation-person-field";
import { NewPeopleFields } from "@/components/delegation-new-people";
import { StopFields } from "@/components/delegation-stops";
import { MeetingFields, MemberFields } from "@/components/delegation-meetings";
import { GiftFields, SiteVisitFields } from "@/components/delegation-visits";
import type { DelegationProposalTarget } from "@/lib/delegation";

type Props = {
  defaultValues?: DelegationFormValues;
  target?: DelegationProposalTarget;
  // What the pickers show for the ids the form starts with, and those people's positions.
  picked?: Picked;
  positions?: PositionChoices;
};

// The form's key claims as the editor fills it in: only what is stated needs citing.
function useKeyClaims() {
  const { control } = useFormContext<DelegationFormValues>();
  const names = ["leaderId", "leaderTitle", "startOn", "endOn", "sendingPlaceId", "sendingOrganisationId"] as const;
  const values = useWatch({ control, name: names });
  return delegationKeyClaims(Object.fromEntries(names.map((name, i) => [name, values[i]])));
}

// Who led the visit, in what position, and who sent it, with the passages for each.
function LeaderFields() {
  const { control, register, formState, getValues } = useFormContext<DelegationFormValues>();
  const { picked, remember } = usePicks();
  const { errors } = formState;
  const source = (name: "leaderId" | "sendingPlaceId") => picked[getValues(`citations.${name}.sourceId`)] ?? null;
  const keyClaims = useKeyClaims();
  return (
    <fieldset>
      <legend>Leader and sending side</legend>
      <div className="row">
        <PersonField
          name="leaderId"
          id="leaderId"
          label="Leader"
          newLabel="New person as leader"
          emptyValue={null}
          positionName="leaderPositionId"
        />
        <PositionField name="leaderPositionId" personName="leaderId" id="leaderPositionId" label="Leader's position held then" />
      </div>
      <Field
        id="leaderTitle"
        label="Leader's title as the source gives it"
        hint="e.g. Secretary of Jiangsu Provincial Party Committee"
        error={errors.leaderTitle?.message}
      >
        <input id="leaderTitle" {...fieldAria("leaderTitle", errors.leaderTitle)} {...register("leaderTitle")} />
      </Field>
      <ClaimCitationFields
        name="citations.leaderId"
        claim="the leader"
        initialSource={source("leaderId")}
        isKey={keyClaims.includes("leaderId")}
      />
      <div className="row">
        <RecordPickerField
          control={control}
          name="sendingPlaceId"
          id="sendingPlaceId"
          label="Sending place"
          types={["PLACE"]}
          initial={picked[getValues("sendingPlaceId") ?? ""] ?? null}
          onPick={remember}
        />
        <RecordPickerField
          control={control}
          name="sendingOrganisationId"
          id="sendingOrganisationId"
          label="Sending organisation"
          hint="Optional: a government body, a party committee"
          types={["ORGANISATION"]}
          initial={picked[getValues("sendingOrganisationId") ?? ""] ?? null}
          onPick={remember}
        />
      </div>
      <ClaimCitationFields
        name="citations.sendingPlaceId"
        claim="the sending place or organisation"
        initialSource={source("sendingPlaceId")}
        isKey={keyClaims.some((field) => field === "sendingPlaceId" || field === "sendingOrganisationId")}
      />
    </fieldset>
  );
}

function DateFields() {
  const { register, formState, getValues } = useFormContext<DelegationFormValues>();
  const { picked } = usePicks();
  const { errors } = formState;
  const keyClaims = useKeyClaims();
  return (
    <fieldset>
      <legend>Dates</legend>
      <div className="row">
        <Field id="startOn" label="From" hint="YYYY, YYYY-MM or YYYY-MM-DD" error={errors.startOn?.message}>
          <input id="startOn" {...fieldAria("startOn", errors.startOn)} {...register("startOn")} />
        </Field>
        <Field id="endOn" label="Until" hint="Optional" error={errors.endOn?.message}>
          <input id="endOn" {...fieldAria("endOn", errors.endOn)} {...register("endOn")} />
        </Field>
      </div>
      <ClaimCitationFields
        name="citations.startOn"
        claim="the dates"
        initialSource={picked[getValues("citations.startOn.sourceId")] ?? null}
        isDate
        isKey={keyClaims.some((field) => field === "startOn" || field === "endOn")}
      />
    </fieldset>
  );
}

// A delegation's visit as the source reports it: who led it and who sent it, when, where
// it went in what order, whom it met, what it saw and gave; with the passages for its key
// claims and for the itinerary and meetings. People not yet in Amity are added with it.
export function DelegationForm({ defaultValues = emptyDelegation(), target = {}, picked = {}, positions = {} }: Props) {
  const form = useForm<DelegationFormValues>({ resolver: zodResolver(delegationFormSchema), defaultValues });
  const draft = useFormDraft(form);
  const { register, handleSubmit, setError, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  const save = (submit: boolean) => async (values: DelegationFormValues) => {
    showActionErrors(await draft.afterSave(proposeDelegationAction(target, values, submit)), setError);
  };

  return (
    <DelegationPicksProvider picked={picked} positions={positions}>
      <FormProvider {...form}>
        <form
          className="stack card"
          onSubmit={handleSubmit(save(true))}
          noValidate
          aria-label={target.delegationId ? "Edit delegation" : "New delegation"}
        >
          <FormError message={errors.root?.message} />
          <Field id="title" label="Title" hint="e.g. Jiangsu delegation to Japan and South Korea" error={errors.title?.message}>
            <input id="title" {...fieldAria("title", errors.title)} {...register("title")} />
          </Field>
          <NewPeopleFields />
          <LeaderFields />
          <DateFields />
          <StopFields />
          <Field id="purpose" label="Purpose" hint="Optional: one or two sentences in your own words" error={errors.purpose?.message}>
            <textarea id="purpose" rows={3} {...fieldAria("purpose", errors.purpose)} {...register("purpose")} />
          </Field>
          <MemberFields />
          <MeetingFields />
          <SiteVisitFields />
          <GiftFields />
          <p className="muted small">Agreements signed and events attended name this visit from their own forms.</p>
          <ProposalButtons isSubmitting={isSubmitting} onSaveDraft={handleSubmit(save(false))} />
        </form>
      </FormProvider>
    </DelegationPicksProvider>
  );
}
