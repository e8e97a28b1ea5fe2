"use client";

import { Controller, FormProvider, useFieldArray, useForm, useFormContext, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  AGREEMENT_KIND_CHOICES,
  agreementFormSchema,
  agreementKeyClaims,
  emptyAgreement,
  emptyTieEvent,
  SIGNATORY_ROLE_LABELS,
  TIE_EVENT_LABELS,
  TIE_KIND_LABELS,
  type AgreementFormValues,
} from "@/lib/agreement-schema";
import { tieEventKeyClaims } from "@/lib/tie-event-schema";
import { proposeAgreementAction } from "@/app/admin/agreements/actions";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { RecordPickerField, usePickedRecords, type Picked, type PickedRecord } from "@/components/record-picker";
import { Field, FormError, fieldAria, ProposalButtons } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import { useRowKeys } from "@/components/use-row-keys";
import { useTypedText } from "@/components/use-typed-text";
import { LabelOptions } from "@/components/label-options";
import type { AgreementProposalTarget } from "@/lib/agreement";

// What the pickers show for the ids the form starts with (parties, signatories, sources).

type Props = { defaultValues?: AgreementFormValues; target?: AgreementProposalTarget; picked?: Picked };

const toCodeOrNull = (value: unknown) => (value ? String(value) : null);

// Parties are ids in a plain list, so the rows keep React keys of their own: a picker
// stays with its party when a row above it is removed.
function PartyFields({ picked, onPick }: { picked: Picked; onPick: (record: PickedRecord | null) => void }) {
  const { control, setValue, formState } = useFormContext<AgreementFormValues>();
  const parties = useWatch({ control, name: "parties" });
  const rows = useRowKeys(parties.length);
  const error = formState.errors.parties;
  const add = () => {
    rows.add();
    setValue("parties", [...parties, ""], { shouldDirty: true });
  };
  const remove = (index: number) => {
    rows.remove(index);
    setValue(
      "parties",
      parties.filter((_, i) => i !== index),
      { shouldDirty: true, shouldValidate: formState.isSubmitted },
    );
  };
  return (
    <fieldset>
      <legend>Parties</legend>
      {(error?.message || error?.root?.message) && (
        <p className="field-error" role="alert">
          {error.message ?? error.root?.message}
        </p>
      )}
      {parties.map((party, index) => (
        <div className="row" key={rows.keys[index]}>
          <RecordPickerField
            control={control}
            name={`parties.${index}`}
            id={`parties-${index}`}
            label={`Party ${index + 1}`}
            types={["PLACE", "ORGANISATION"]}
            initial={picked[party] ?? null}
            emptyValue=""
            onPick={onPick}
          />
          <div className="shrink">
            <button type="button" className="secondary" onClick={() => remove(index)} aria-label={`Remove party ${index + 1}`}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <p>
        <button type="button" className="secondary" onClick={add}>
          Add a party
        </button>
      </p>
    </fieldset>
  );
}

function SignatoryFields({ picked, onPick }: { picked: Picked; onPick: (record: PickedRecord | null) => void }) {
  const { control, register, setValue, formState } = useFormContext<AgreementFormValues>();
  const signatories = useFieldArray({ control, name: "signatories", keyName: "key" });
  const errors = formState.errors.signatories;
  return (
    <fieldset>
      <legend>Signatories and witnesses</legend>
      {signatories.fields.map((field, index) => (
        <div className="row" key={field.key} role="group" aria-label={`Signatory ${index + 1}`}>
          <RecordPickerField
            control={control}
            name={`signatories.${index}.personId`}
            id={`signatories-${index}-person`}
            label={`Signatory ${index + 1}`}
            types={["PERSON"]}
            initial={picked[field.personId] ?? null}
            emptyValue=""
            onPick={(record) => {
              // The Position record belongs to the person it was linked with.
              setValue(`signatories.${index}.positionId`, null);
              onPick(record);
            }}
          />
          <Field
            id={`signatories-${index}-title`}
            label={`Title of signatory ${index + 1}`}
            hint="As the source gives it"
            error={errors?.[index]?.title?.message}
          >
            <input id={`signatories-${index}-title`} {...register(`signatories.${index}.title`)} />
          </Field>
          <Field id={`signatories-${index}-role`} label={`Role of signatory ${index + 1}`} error={errors?.[index]?.role?.message}>
            <select id={`signatories-${index}-role`} defaultValue={field.role} {...register(`signatories.${index}.role`)}>
              <LabelOptions labels={SIGNATORY_ROLE_LABELS} />
            </select>
          </Field>
          <div className="shrink">
            <button
              type="button"
              className="secondary"
              onClick={() => signatories.remove(index)}
              aria-label={`Remove signatory ${index + 1}`}
            >
              Remove
            </button>
          </div>
        </div>
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => signatories.append({ personId: "", positionId: null, title: "", role: "SIGNATORY" })}
        >
          Add a signatory
        </button>
      </p>
    </fieldset>
  );
}

const linesOf = (text: string) => text.split("\n").flatMap((line) => line.trim() || []);
const isSameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

// One field of cooperation a line; the text typed is kept as it is while the list is parsed.
function CooperationFields() {
  const { control, formState } = useFormContext<AgreementFormValues>();
  const error = formState.errors.fields;
  return (
    <Controller
      control={control}
      name="fields"
      render={({ field }) => <LinesInput value={field.value} onChange={field.onChange} error={error?.message ?? error?.[0]?.message} />}
    />
  );
}

function LinesInput({ value, onChange, error }: { value: string[]; onChange: (lines: string[]) => void; error?: string }) {
  const [text, setText] = useTypedText(
    value,
    (lines) => lines.join("\n"),
    (typed, lines) => isSameList(linesOf(typed), lines),
  );
  return (
    <Field id="fields" label="Fields of cooperation" hint="One a line, in the source's words: semiconductors, tourism…" error={error}>
      <textarea
        id="fields"
        rows={4}
        value={text}
        {...fieldAria("fields", error)}
        onChange={(event) => {
          setText(event.target.value);
          onChange(linesOf(event.target.value));
        }}
      />
    </Field>
  );
}

// "This agreement establishes or changes the tie between A and B", offered while the
// agreement has exactly two parties; the server checks both are places.
function TieEventFields({ picked, initialSource }: { picked: Picked; initialSource: PickedRecord | null }) {
  const { control, register, setValue, formState } = useFormContext<AgreementFormValues>();
  const [parties, tieEvent] = useWatch({ control, name: ["parties", "tieEvent"] });
  const chosen = parties.filter(Boolean);
  if (chosen.length !== 2 && !tieEvent) return null;
  const [a, b] = chosen.map((id) => picked[id]?.title ?? "the party");
  const error = formState.errors.tieEvent;
  return (
    <fieldset>
      <legend>Tie between the parties</legend>
      <label>
        <input
          type="checkbox"
          checked={tieEvent !== null}
          onChange={(event) => setValue("tieEvent", event.target.checked ? emptyTieEvent() : null, { shouldDirty: true })}
        />{" "}
        This agreement establishes or changes the tie between {a} and {b}
      </label>
      {tieEvent && (
        <>
          <div className="row">
            <Field id="tieEvent-type" label="What happened to the tie" error={error?.type?.message}>
              <select
                id="tieEvent-type"
                defaultValue={tieEvent.type}
                {...fieldAria("tieEvent-type", error?.type)}
                {...register("tieEvent.type")}
              >
                <LabelOptions labels={TIE_EVENT_LABELS} />
              </select>
            </Field>
            <Field id="tieEvent-kind" label="Kind of tie from then on" error={error?.kind?.message}>
              <select id="tieEvent-kind" defaultValue={tieEvent.kind ?? ""} {...register("tieEvent.kind", { setValueAs: toCodeOrNull })}>
                <option value="">— unchanged —</option>
                <LabelOptions labels={TIE_KIND_LABELS} />
              </select>
            </Field>
          </div>
          <Field
            id="tieEvent-term"
            label="Words the source used for the tie"
            hint="e.g. 友好省州, 자매결연, sisterhood"
            error={error?.term?.message}
          >
            <input id="tieEvent-term" {...register("tieEvent.term")} />
          </Field>
          <p className="muted small">The tie event takes the agreement&apos;s date, cited by the same passage.</p>
          <ClaimCitationFields
            name="citations.tieKind"
            claim="the kind of tie"
            initialSource={initialSource}
            isKey={tieEventKeyClaims({ kind: tieEvent.kind, occurredOn: "" }).includes("kind")}
          />
        </>
      )}
    </fieldset>
  );
}

// An agreement as the source reports it: kind, title if it has one, parties, signatories,
// date, venue, fields of cooperation, and the passages for its key claims. Selects carry
// defaultValue so the server-rendered page shows the right option before hydration.
export function AgreementForm({ defaultValues = emptyAgreement(), target = {}, picked: initialPicks = {} }: Props) {
  const form = useForm<AgreementFormValues>({ resolver: zodResolver(agreementFormSchema), defaultValues });
  const draft = useFormDraft(form);
  const { register, handleSubmit, setError, control, formState } = form;
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  const { picked, remember } = usePickedRecords(initialPicks);
  const keyClaims = agreementKeyClaims({ signedOn: useWatch({ control, name: "signedOn" }) });
  useWarnOnLeave(isDirty && !isSubmitSuccessful);
  const source = (id: string) => picked[id] ?? null;

  const save = (submit: boolean) => async (values: AgreementFormValues) => {
    showActionErrors(await draft.afterSave(proposeAgreementAction(target, values, submit)), setError);
  };

  return (
    <FormProvider {...form}>
      <form
        className="stack card"
        onSubmit={handleSubmit(save(true))}
        noValidate
        aria-label={target.agreementId ? "Edit agreement" : "New agreement"}
      >
        <FormError message={errors.root?.message} />
        <div className="row">
          <Field id="kind" label="Kind of agreement" error={errors.kind?.message}>
            <select id="kind" defaultValue={defaultValues.kind} {...fieldAria("kind", errors.kind)} {...register("kind")}>
              <LabelOptions labels={AGREEMENT_KIND_CHOICES} />
            </select>
          </Field>
          <Field id="signedOn" label="Date signed" hint="YYYY, YYYY-MM or YYYY-MM-DD" error={errors.signedOn?.message}>
            <input id="signedOn" {...fieldAria("signedOn", errors.signedOn)} {...register("signedOn")} />
          </Field>
        </div>
        <Field id="title" label="Title as the source gives it" hint="Optional: many agreements have none" error={errors.title?.message}>
          <input id="title" {...fieldAria("title", errors.title)} {...register("title")} />
        </Field>
        <PartyFields picked={picked} onPick={remember} />
        <SignatoryFields picked={picked} onPick={remember} />
        <div className="row">
          <Field id="venue" label="Venue" hint="As the source names it, e.g. Dodamso, Suwon" error={errors.venue?.message}>
            <input id="venue" {...fieldAria("venue", errors.venue)} {...register("venue")} />
          </Field>
          <RecordPickerField
            control={control}
            name="venuePlaceId"
            id="venuePlaceId"
            label="Venue place"
            types={["PLACE"]}
            initial={source(defaultValues.venuePlaceId ?? "")}
          />
        </div>
        <div className="row">
          <RecordPickerField
            control={control}
            name="delegationId"
            id="delegationId"
            label="Signed during the visit"
            hint="Optional: the delegation's visit, if it was signed during one"
            types={["DELEGATION"]}
            initial={source(defaultValues.delegationId ?? "")}
            placeholder="Type a word of the delegation's title"
          />
          <RecordPickerField
            control={control}
            name="eventId"
            id="eventId"
            label="Signed at the event"
            hint="Optional: a forum, ceremony or other event"
            types={["EVENT"]}
            initial={source(defaultValues.eventId ?? "")}
            placeholder="Type a word of the event's name"
          />
        </div>
        <CooperationFields />
        <Field id="summary" label="Summary" hint="Optional: one or two sentences in your own words" error={errors.summary?.message}>
          <textarea id="summary" rows={3} {...fieldAria("summary", errors.summary)} {...register("summary")} />
        </Field>
        <ClaimCitationFields
          name="citations.kind"
          claim="the kind of agreement"
          initialSource={source(defaultValues.citations.kind.sourceId)}
          isKey={keyClaims.includes("kind")}
        />
        <ClaimCitationFields
          name="citations.signedOn"
          claim="the date signed"
          initialSource={source(defaultValues.citations.signedOn.sourceId)}
          isDate
          isKey={keyClaims.includes("signedOn")}
        />
        <ClaimCitationFields
          name="citations.parties"
          claim="the parties"
          initialSource={source(defaultValues.citations.parties.sourceId)}
          isKey={keyClaims.includes("parties")}
        />
        <TieEventFields picked={picked} initialSource={source(defaultValues.citations.tieKind.sourceId)} />
        <ProposalButtons isSubmitting={isSubmitting} onSaveDraft={handleSubmit(save(false))} />
      </form>
    </FormProvider>
  );
}
