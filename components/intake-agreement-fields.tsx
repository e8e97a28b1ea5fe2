"use client";

import { useFormContext } from "react-hook-form";
import { AGREEMENT_KIND_CHOICES } from "@/lib/agreement-schema";
import type { IntakeDraft } from "@/lib/intake";
import type { IntakeInput } from "@/lib/intake-schema";
import { Field, fieldAria } from "@/components/ui/field";
import { KeepOrDrop, TickedSuggestions, tieTitle, writtenName } from "@/components/intake-ticked-suggestions";
import { LabelOptions } from "@/components/label-options";

type Props = { index: number; draft: IntakeDraft };
type Suggestion = IntakeInput["entities"][number];

// What the agreement is called on the screen: its title, or its kind and parties.
export function agreementHeading(agreement: IntakeInput["agreements"][number], entities: Suggestion[]) {
  const parties = agreement.parties.flatMap((key) => entities.filter((e) => e.key === key).map(writtenName));
  return agreement.title || `${AGREEMENT_KIND_CHOICES[agreement.kind]}: ${parties.join(", ")}`;
}

// One agreement the article tells of, read from the suggestions above: the editor keeps or
// drops it, corrects its kind, title, date and venue, and ticks its parties and signatories.
export function IntakeAgreementFields({ index, draft }: Props) {
  const { register, formState } = useFormContext<IntakeInput>();
  const agreement = draft.form.agreements[index];
  const errors = formState.errors.agreements?.[index];
  const id = (field: string) => `intake-agreement-${index}-${field}`;
  const path = `agreements.${index}` as const;
  const ofKind = (...kinds: Suggestion["kind"][]) => draft.form.entities.filter((e) => kinds.includes(e.kind));
  return (
    <fieldset className="stack-sm" aria-label={`Agreement ${index + 1}: ${agreementHeading(agreement, draft.form.entities)}`}>
      <legend>{agreementHeading(agreement, draft.form.entities)}</legend>
      <KeepOrDrop path={path} id={id("action")} quote={agreement.evidence.quote} recorded={draft.recorded.agreements[index]} />
      <SignedTies index={index} draft={draft} />
      <Field id={id("kind")} label="Kind of agreement" error={errors?.kind?.message}>
        <select id={id("kind")} {...register(`${path}.kind`)} {...fieldAria(id("kind"), errors?.kind)}>
          <LabelOptions labels={AGREEMENT_KIND_CHOICES} />
        </select>
      </Field>
      <Field id={id("title")} label="Title as the article gives it" error={errors?.title?.message} hint="Empty when it has none.">
        <input id={id("title")} {...register(`${path}.title`)} {...fieldAria(id("title"), errors?.title)} />
      </Field>
      <Field id={id("signed")} label="Signed on" error={errors?.signedOn?.message} hint={agreement.inferredReason || undefined}>
        <input id={id("signed")} {...register(`${path}.signedOn`)} {...fieldAria(id("signed"), errors?.signedOn)} />
      </Field>
      <Field id={id("venue")} label="Venue place" error={errors?.venue?.message} hint="Where the article says it was signed.">
        <select id={id("venue")} {...register(`${path}.venue`)} {...fieldAria(id("venue"), errors?.venue)}>
          <option value="">— not stated —</option>
          {ofKind("place").map((place) => (
            <option key={place.key} value={place.key}>
              {writtenName(place)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("venue-name")} label="Venue" error={errors?.venueName?.message} hint="The building or hall, as the article names it.">
        <input id={id("venue-name")} {...register(`${path}.venueName`)} {...fieldAria(id("venue-name"), errors?.venueName)} />
      </Field>
      <TickedSuggestions
        path={`${path}.parties`}
        legend="Parties"
        choices={ofKind("place", "organisation")}
        error={errors?.parties?.message}
      />
      <TickedSuggestions
        path={`${path}.signatories`}
        legend="Signatories"
        choices={ofKind("person")}
        error={errors?.signatories?.message}
      />
      {errors?.evidence?.quote && <p className="field-error">{errors.evidence.quote.message}</p>}
      {errors?.dateEvidence?.quote && <p className="field-error">{errors.dateEvidence.quote.message}</p>}
    </fieldset>
  );
}

// The ties whose event is this signing, so the editor knows what dropping it changes.
function SignedTies({ index, draft }: Props) {
  const ties = draft.form.ties.flatMap((tie, i) =>
    tie.agreement === index ? [`${tieTitle(tie, draft.form.entities)} (tie ${i + 1})`] : [],
  );
  if (ties.length === 0) return null;
  return (
    <p className="small muted">
      Signs the tie {ties.join(", ")}: if you drop this agreement, the tie&apos;s event goes to review without it.
    </p>
  );
}
