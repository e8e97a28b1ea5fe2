"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { IntakeInput } from "@/lib/intake-schema";
import type { Recorded } from "@/lib/intake-recorded";
import { Field } from "@/components/ui/field";

type Suggestion = IntakeInput["entities"][number];

// A list of the suggestions above a visit or an agreement names ("e<n>").
type ListPath = `delegations.${number}.${"stops" | "members"}` | `agreements.${number}.${"parties" | "signatories"}`;

type Props = { path: ListPath; legend: string; choices: Suggestion[]; error?: string };

export const writtenName = (entity: Suggestion) => entity.name || entity.text;

// A tie statement as the screen names it: its two places, as written.
export function tieTitle(tie: IntakeInput["ties"][number], entities: Suggestion[]) {
  const [a, b] = tie.places.map((key) => entities.filter((e) => e.key === key).map(writtenName)[0]);
  return `${a} – ${b}`;
}

// Checkboxes that keep the list an array in the order suggested, whichever are ticked.
export function TickedSuggestions({ path, legend, choices, error }: Props) {
  const { control, setValue } = useFormContext<IntakeInput>();
  const ticked = useWatch({ control, name: path });
  const toggle = (key: string, isTicked: boolean) => {
    const next = isTicked ? [...ticked, key] : ticked.filter((k) => k !== key);
    setValue(path, next, { shouldDirty: true });
  };
  return (
    <fieldset className="stack-sm" aria-label={legend}>
      <legend>{legend}</legend>
      {error && <p className="field-error">{error}</p>}
      {choices.map((choice) => (
        <label key={choice.key} className="row">
          <input type="checkbox" checked={ticked.includes(choice.key)} onChange={(event) => toggle(choice.key, event.target.checked)} />
          {writtenName(choice)}
        </label>
      ))}
    </fieldset>
  );
}

// The passage a visit or an agreement was read from, and whether the editor keeps it.
type KeepOrDropProps = {
  path: `${"delegations" | "agreements"}.${number}`;
  id: string;
  quote: string;
  // The record Amity has already of what this suggests (lib/intake-recorded.ts).
  recorded: Recorded | null;
};

export function KeepOrDrop({ path, id, quote, recorded }: KeepOrDropProps) {
  const { register } = useFormContext<IntakeInput>();
  return (
    <>
      <p className="small muted">
        <q>{quote}</q>
      </p>
      {recorded && (
        <p className="warning small">
          Recorded already as{" "}
          <a href={recorded.path} target="_blank" rel="noreferrer">
            {recorded.title}
          </a>
          , so dropped here. Keep it only if the article tells of another one.
        </p>
      )}
      <Field id={id} label="Decision">
        <select id={id} {...register(`${path}.action`)}>
          <option value="create">Keep</option>
          <option value="drop">Drop</option>
        </select>
      </Field>
    </>
  );
}
