"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { IntakeDraft } from "@/lib/intake";
import type { IntakeInput } from "@/lib/intake-schema";
import { signingOf } from "@/lib/intake-signing";
import { TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { agreementHeading } from "@/components/intake-agreement-fields";
import { tieTitle } from "@/components/intake-ticked-suggestions";
import { Field, fieldAria } from "@/components/ui/field";
import { LabelOptions } from "@/components/label-options";

type Props = { index: number; draft: IntakeDraft };

// One statement about a tie between two of the article's places: the editor keeps or drops
// its event, corrects its kind and date, and sees the agreement whose signing it is.
export function IntakeTieFields({ index, draft }: Props) {
  const { register, formState } = useFormContext<IntakeInput>();
  const tie = draft.form.ties[index];
  const errors = formState.errors.ties?.[index];
  const dateError = errors?.occurredOn ?? errors?.dateEvidence?.quote;
  const id = (field: string) => `intake-tie-${index}-${field}`;
  const title = tieTitle(tie, draft.form.entities);
  const isSigning = tie.agreement !== null && tie.agreement !== undefined;
  return (
    <fieldset className="stack-sm" aria-label={`Tie ${index + 1}: ${title}`} aria-describedby={isSigning ? id("signing") : undefined}>
      <legend>{title}</legend>
      <p className="small muted">
        <q>{tie.evidence.quote}</q>
      </p>
      {isSigning && <SigningNote index={index} id={id("signing")} />}
      {errors?.places?.message && <p className="field-error">{errors.places.message}</p>}
      <Field id={id("action")} label="Decision">
        <select id={id("action")} {...register(`ties.${index}.action`)}>
          <option value="create">Keep</option>
          <option value="drop">Drop</option>
        </select>
      </Field>
      <Field id={id("kind")} label="Kind of tie">
        <select id={id("kind")} {...register(`ties.${index}.kind`, { setValueAs: (value: string) => value || null })}>
          <option value="">— not stated —</option>
          <LabelOptions labels={TIE_KIND_LABELS} />
        </select>
      </Field>
      <Field id={id("date")} label="Date" error={dateError?.message} hint={tie.inferredReason || undefined}>
        <input id={id("date")} {...register(`ties.${index}.occurredOn`)} {...fieldAria(id("date"), dateError)} />
      </Field>
    </fieldset>
  );
}

// The agreement whose signing the event is, as the submission will link it
// (lib/intake-signing.ts): not once the editor drops it or unticks one of the tie's places.
function SigningNote({ index, id }: { index: number; id: string }) {
  const { control } = useFormContext<IntakeInput>();
  const [tie, agreements, entities] = useWatch({ control, name: [`ties.${index}`, "agreements", "entities"] });
  const signing = signingOf(tie, agreements, entities);
  if (!signing) return null;
  const agreement = `${agreementHeading(agreements[signing.agreement], entities)} (agreement ${signing.agreement + 1})`;
  const unlinked = signing.link === "dropped" ? "is dropped" : "no longer names both places as parties";
  return (
    <p className="small" id={id}>
      {signing.link === "kept"
        ? `Signed by: ${agreement}.`
        : `Signed by: none. ${agreement} ${unlinked}, so this event goes to review without it.`}
    </p>
  );
}
