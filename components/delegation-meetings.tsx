"use client";

import { useRef } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { RecordPickerField } from "@/components/record-picker";
import { AddRowButton, RemoveButton } from "@/components/ui/row-buttons";
import { Field, fieldAria } from "@/components/ui/field";
import { usePicks } from "@/components/delegation-picks";
import { PersonField, PositionField } from "@/components/delegation-person-field";
import { emptyMeeting, emptyMember, type DelegationFormValues } from "@/lib/delegation-schema";

// Who travelled with the leader, each with the title the source gives them.
export function MemberFields() {
  const { control, register, formState } = useFormContext<DelegationFormValues>();
  const members = useFieldArray({ control, name: "members", keyName: "key" });
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = formState.errors.members;
  return (
    <fieldset>
      <legend>Members</legend>
      {members.fields.map((field, index) => {
        const n = index + 1;
        return (
          <div key={field.key} className="row" role="group" aria-label={`Member ${n}`}>
            <PersonField
              name={`members.${index}.personId`}
              id={`members-${index}-person`}
              label={`Member ${n}`}
              newLabel={`New person as member ${n}`}
              emptyValue=""
              positionName={`members.${index}.positionId`}
            />
            <PositionField
              name={`members.${index}.positionId`}
              personName={`members.${index}.personId`}
              id={`members-${index}-position`}
              label={`Position of member ${n}`}
            />
            <Field
              id={`members-${index}-title`}
              label={`Title of member ${n}`}
              hint="As the source gives it"
              error={errors?.[index]?.title?.message}
            >
              <input
                id={`members-${index}-title`}
                {...fieldAria(`members-${index}-title`, errors?.[index]?.title)}
                {...register(`members.${index}.title`)}
              />
            </Field>
            <RemoveButton
              label={`Remove member ${n}`}
              onClick={() => {
                members.remove(index);
                addButton.current?.focus();
              }}
            />
          </div>
        );
      })}
      <AddRowButton
        buttonRef={addButton}
        onClick={() => members.append(emptyMember(), { focusName: `members.${members.fields.length}.personId` })}
      >
        Add a member
      </AddRowButton>
    </fieldset>
  );
}

// Whom the delegation met: a person (their title as the source gives it), the body they
// spoke for, where and when; or only a title, when the source names no one.
export function MeetingFields() {
  const { control, register, formState, getValues } = useFormContext<DelegationFormValues>();
  const meetings = useFieldArray({ control, name: "meetings", keyName: "key" });
  const { picked, remember } = usePicks();
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = formState.errors.meetings;
  return (
    <fieldset>
      <legend>Meetings</legend>
      {meetings.fields.map((field, index) => {
        const n = index + 1;
        const error = errors?.[index];
        const id = (part: string) => `meetings-${index}-${part}`;
        return (
          <div key={field.key} className="card stack-sm" role="group" aria-label={`Meeting ${n}`}>
            <div className="row">
              <PersonField
                name={`meetings.${index}.personId`}
                id={id("person")}
                label={`Person met in meeting ${n}`}
                newLabel={`New person met in meeting ${n}`}
                emptyValue={null}
              />
              <Field
                id={id("title")}
                label={`Their title in meeting ${n}`}
                hint="As the source gives it: Prime Minister"
                error={error?.counterpartTitle?.message}
              >
                <input
                  id={id("title")}
                  {...fieldAria(id("title"), error?.counterpartTitle)}
                  {...register(`meetings.${index}.counterpartTitle`)}
                />
              </Field>
            </div>
            <div className="row">
              <RecordPickerField
                control={control}
                name={`meetings.${index}.organisationId`}
                id={id("organisation")}
                label={`Organisation met in meeting ${n}`}
                types={["ORGANISATION"]}
                initial={picked[getValues(`meetings.${index}.organisationId`) ?? ""] ?? null}
                onPick={remember}
              />
              <RecordPickerField
                control={control}
                name={`meetings.${index}.placeId`}
                id={id("place")}
                label={`Where meeting ${n} took place`}
                types={["PLACE"]}
                initial={picked[getValues(`meetings.${index}.placeId`) ?? ""] ?? null}
                onPick={remember}
              />
              <Field id={id("date")} label={`Date of meeting ${n}`} hint="YYYY, YYYY-MM or YYYY-MM-DD" error={error?.occurredOn?.message}>
                <input id={id("date")} {...fieldAria(id("date"), error?.occurredOn)} {...register(`meetings.${index}.occurredOn`)} />
              </Field>
            </div>
            <Field
              id={id("summary")}
              label={`What meeting ${n} was about`}
              hint="Optional, in your own words"
              error={error?.summary?.message}
            >
              <textarea
                id={id("summary")}
                rows={2}
                {...fieldAria(id("summary"), error?.summary)}
                {...register(`meetings.${index}.summary`)}
              />
            </Field>
            <div className="row">
              <RemoveButton
                label={`Remove meeting ${n}`}
                onClick={() => {
                  meetings.remove(index);
                  addButton.current?.focus();
                }}
              />
            </div>
          </div>
        );
      })}
      <AddRowButton
        buttonRef={addButton}
        onClick={() => meetings.append(emptyMeeting(), { focusName: `meetings.${meetings.fields.length}.personId` })}
      >
        Add a meeting
      </AddRowButton>
      <ClaimCitationFields
        name="citations.meetings"
        claim="the meetings"
        initialSource={picked[getValues("citations.meetings.sourceId")] ?? null}
      />
    </fieldset>
  );
}
