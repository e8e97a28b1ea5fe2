"use client";

import { useFormContext } from "react-hook-form";
import type { IntakeDraft } from "@/lib/intake";
import type { IntakeInput } from "@/lib/intake-schema";
import { Field, fieldAria } from "@/components/ui/field";
import { KeepOrDrop, TickedSuggestions, writtenName } from "@/components/intake-ticked-suggestions";

type Props = { index: number; draft: IntakeDraft };
type Suggestion = IntakeInput["entities"][number];

// One visit the article tells of, read from the suggestions above: the editor keeps or drops
// it, corrects its title, who led and sent it, where it stopped and when.
export function IntakeDelegationFields({ index, draft }: Props) {
  const { register, formState } = useFormContext<IntakeInput>();
  const delegation = draft.form.delegations[index];
  const errors = formState.errors.delegations?.[index];
  const id = (field: string) => `intake-delegation-${index}-${field}`;
  const path = `delegations.${index}` as const;
  const ofKind = (...kinds: Suggestion["kind"][]) => draft.form.entities.filter((e) => kinds.includes(e.kind));
  return (
    <fieldset className="stack-sm" aria-label={`Delegation ${index + 1}: ${delegation.title}`}>
      <legend>{delegation.title || `Delegation ${index + 1}`}</legend>
      <KeepOrDrop path={path} id={id("action")} quote={delegation.evidence.quote} recorded={draft.recorded.delegations[index]} />
      <Field id={id("title")} label="Title" error={errors?.title?.message}>
        <input id={id("title")} {...register(`${path}.title`)} {...fieldAria(id("title"), errors?.title)} />
      </Field>
      <Field id={id("leader")} label="Led by" error={errors?.leader?.message}>
        <select id={id("leader")} {...register(`${path}.leader`)} {...fieldAria(id("leader"), errors?.leader)}>
          <option value="">— not stated —</option>
          {ofKind("person").map((person) => (
            <option key={person.key} value={person.key}>
              {writtenName(person)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("from")} label="Sent by" error={errors?.from?.message}>
        <select id={id("from")} {...register(`${path}.from`)} {...fieldAria(id("from"), errors?.from)}>
          <option value="">— choose —</option>
          {ofKind("place", "organisation").map((sender) => (
            <option key={sender.key} value={sender.key}>
              {writtenName(sender)}
            </option>
          ))}
        </select>
      </Field>
      <div className="row">
        <Field id={id("start")} label="From" error={errors?.startOn?.message} hint={startHint(delegation) || undefined}>
          <input id={id("start")} {...register(`${path}.startOn`)} {...fieldAria(id("start"), errors?.startOn)} />
        </Field>
        <Field id={id("end")} label="Until" error={errors?.endOn?.message}>
          <input id={id("end")} {...register(`${path}.endOn`)} {...fieldAria(id("end"), errors?.endOn)} />
        </Field>
      </div>
      {errors?.dateEvidence?.quote && <p className="field-error">{errors.dateEvidence.quote.message}</p>}
      <TickedSuggestions
        path={`${path}.stops`}
        legend="Stops, in the order visited"
        choices={ofKind("place")}
        error={errors?.stops?.message}
      />
      <TickedSuggestions path={`${path}.members`} legend="Members" choices={ofKind("person")} error={errors?.members?.message} />
      {errors?.stopsEvidence?.quote && <p className="field-error">{errors.stopsEvidence.quote.message}</p>}
      {errors?.evidence?.quote && <p className="field-error">{errors.evidence.quote.message}</p>}
    </fieldset>
  );
}

// Why the start is as drafted: the year taken from the article's date, or no start at all
// where the article dates only the last leg ("From June 19 to 20 … South Korea", after Japan).
function startHint({ startOn, endOn, inferredReason }: { startOn: string; endOn: string; inferredReason: string }) {
  if (!startOn && endOn) return "The article dates only the visit's last leg: it began earlier, on a day it does not give.";
  return inferredReason;
}
