"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { COUNTRIES } from "@/lib/countries";
import type { Candidate } from "@/lib/intake";
import { ENTITY_ACTIONS, type IntakeInput } from "@/lib/intake-schema";
import { ORGANISATION_KIND_CHOICES } from "@/lib/organisation-schema";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import { Field, fieldAria } from "@/components/ui/field";
import { LabelOptions } from "@/components/label-options";

type Props = { index: number; candidates: Candidate[] };

const candidateLabel = (c: Candidate) => `${c.isNear ? "Possibly the same as " : ""}${c.name}${c.isPending ? " (waiting for review)" : ""}`;

// One place, person or organisation the article names, and what the editor makes of it.
export function IntakeEntityFields({ index, candidates }: Props) {
  const { register, control, getValues, formState } = useFormContext<IntakeInput>();
  const path = `entities.${index}` as const;
  const entity = getValues(path);
  const action = useWatch({ control, name: `${path}.action` });
  const errors = formState.errors.entities?.[index];
  const id = (field: string) => `intake-${entity.key}-${field}`;
  const others = getValues("entities").filter((e) => e.kind === entity.kind && e.key !== entity.key && e.action !== "alias");
  const written = entity.name && entity.text ? `${entity.name} (${entity.text})` : entity.text || entity.name;
  return (
    <fieldset className="stack-sm" aria-label={written}>
      <legend>{written}</legend>
      <p className="small muted">
        <q>{entity.evidence.quote}</q>
      </p>
      <Field id={id("action")} label="Decision">
        <select id={id("action")} {...register(`${path}.action`)}>
          <LabelOptions labels={ENTITY_ACTIONS} />
        </select>
      </Field>
      {action === "link" && (
        <Field id={id("record")} label="Recorded as" error={errors?.recordId?.message}>
          <select id={id("record")} {...register(`${path}.recordId`)} {...fieldAria(id("record"), errors?.recordId)}>
            <option value="">— choose —</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {candidateLabel(c)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {action === "alias" && (
        <Field id={id("alias")} label="Another name of" error={errors?.aliasOf?.message}>
          <select id={id("alias")} {...register(`${path}.aliasOf`)} {...fieldAria(id("alias"), errors?.aliasOf)}>
            <option value="">— choose —</option>
            {others.map((other) => (
              <option key={other.key} value={other.key}>
                {other.name || other.text}
              </option>
            ))}
          </select>
        </Field>
      )}
      {action === "alias" && <AliasNote index={index} candidates={candidates} />}
      {action === "create" && <NewRecordFields index={index} id={id} />}
      {entity.kind === "person" && (action === "create" || action === "link") && <PositionField index={index} id={id} />}
    </fieldset>
  );
}

// What becomes of the alias on submission (lib/intake-aliases.ts). This suggestion's own
// candidates are the records found by the name as it is written: the target among them,
// filed under that very spelling, has the name.
function AliasNote({ index, candidates }: Props) {
  const { control, getValues } = useFormContext<IntakeInput>();
  const aliasOf = useWatch({ control, name: `entities.${index}.aliasOf` });
  const found = getValues("entities").findIndex((e) => e.key === aliasOf);
  const at = found < 0 ? index : found;
  const [action, recordId, name, text] = useWatch({
    control,
    name: [`entities.${at}.action`, `entities.${at}.recordId`, `entities.${at}.name`, `entities.${at}.text`],
  });
  if (!aliasOf || at === index) return null;
  const target = name || text;
  if (action === "create") return <p className="small muted">Kept as a name of the new record {target}.</p>;
  if (action !== "link" || !recordId) return null;
  if (recordId.startsWith("item:")) return <p className="small muted">{target} is waiting for review: this name is not added to it.</p>;
  const known = candidates.find((c) => c.id === recordId && c.hasSpelling);
  if (known) return <p className="small muted">{known.name} already has this name: nothing is proposed for it.</p>;
  return <p className="small muted">Proposed as another name of the recorded {target}, cited to this passage.</p>;
}

function NewRecordFields({ index, id }: { index: number; id: (field: string) => string }) {
  const { register, getValues, formState } = useFormContext<IntakeInput>();
  const path = `entities.${index}` as const;
  const kind = getValues(`${path}.kind`);
  const errors = formState.errors.entities?.[index];
  const nullable = { setValueAs: (value: string) => value || null };
  return (
    <>
      {candidatesHint(getValues(`${path}.text`))}
      <Field id={id("name")} label="English name" error={errors?.name?.message}>
        <input id={id("name")} {...register(`${path}.name`)} {...fieldAria(id("name"), errors?.name)} />
      </Field>
      {kind !== "person" && (
        <Field id={id("country")} label="Country" error={errors?.country?.message}>
          <select id={id("country")} {...register(`${path}.country`, nullable)} {...fieldAria(id("country"), errors?.country)}>
            <option value="">— choose —</option>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {kind === "place" && <EnumSelect id={id("level")} label="Administrative level" name={`${path}.level`} labels={PLACE_LEVEL_LABELS} />}
      {kind === "place" && <PartOfField index={index} id={id} />}
      {kind === "organisation" && (
        <EnumSelect id={id("kind")} label="Kind of organisation" name={`${path}.organisationKind`} labels={ORGANISATION_KIND_CHOICES} />
      )}
      {errors?.evidence?.quote && <p className="field-error">{errors.evidence.quote.message}</p>}
    </>
  );
}

// The new place's whole, among the article's other places: the analysis's guess from how the
// article writes the two ("济南市历城区", "Licheng District, Jinan"), which the editor corrects.
// The choices follow the editor's other decisions: a place renamed or dropped shows so here.
function PartOfField({ index, id }: { index: number; id: (field: string) => string }) {
  const { register, getValues, control, formState } = useFormContext<IntakeInput>();
  const key = getValues(`entities.${index}.key`);
  const entities = useWatch({ control, name: "entities" });
  const places = entities.filter((e) => e.kind === "place" && e.key !== key);
  const error = formState.errors.entities?.[index]?.partOf;
  return (
    <Field id={id("part-of")} label="Part of" error={error?.message} hint="Another place the article names, kept as a record.">
      <select id={id("part-of")} {...register(`entities.${index}.partOf`)} {...fieldAria(id("part-of"), error)}>
        <option value="">— none —</option>
        {places.map((place) => (
          <option key={place.key} value={place.key}>
            {place.name || place.text}
            {place.action === "drop" ? " (dropped)" : ""}
          </option>
        ))}
      </select>
    </Field>
  );
}

// Proposed as a position of the person, new or recorded: the editor sees what goes to review.
function PositionField({ index, id }: { index: number; id: (field: string) => string }) {
  const { register, formState } = useFormContext<IntakeInput>();
  const error = formState.errors.entities?.[index]?.position;
  return (
    <Field id={id("position")} label="Position" error={error?.message} hint="As the article gives it; leave empty for none.">
      <input id={id("position")} {...register(`entities.${index}.position`)} {...fieldAria(id("position"), error)} />
    </Field>
  );
}

function candidatesHint(text: string) {
  return text ? <p className="small muted">Kept as a name of the new record: {text}</p> : null;
}

type EnumProps = {
  id: string;
  label: string;
  name: `entities.${number}.level` | `entities.${number}.organisationKind`;
  labels: Record<string, string>;
};

function EnumSelect({ id, label, name, labels }: EnumProps) {
  const { register } = useFormContext<IntakeInput>();
  return (
    <Field id={id} label={label}>
      <select id={id} {...register(name)}>
        <LabelOptions labels={labels} />
      </select>
    </Field>
  );
}
