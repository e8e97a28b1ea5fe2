"use client";

import { useRef } from "react";
import { useFieldArray, useFormContext, useWatch, type FieldPath } from "react-hook-form";
import { ClaimCitationFields } from "@/components/claim-citation-fields";
import { AddRowButton } from "@/components/ui/row-buttons";
import { Field, fieldAria } from "@/components/ui/field";
import { usePicks } from "@/components/delegation-picks";
import { PossiblySame } from "@/components/possibly-same";
import { LabelOptions } from "@/components/label-options";
import { emptyNewPerson, NATIVE_LANGUAGES, personRefsOf, type DelegationFormValues } from "@/lib/delegation-schema";

const nextRef = (people: { ref: string }[]) =>
  `person-${Math.max(0, ...people.map((p) => Number(p.ref.slice("person-".length)) || 0)) + 1}`;

// People the source names who are not in Amity yet. Each becomes a new person in the same
// change, with the passage that shows they exist, and is offered by every person field.
export function NewPeopleFields() {
  const { control, register, getValues, setValue, formState } = useFormContext<DelegationFormValues>();
  const people = useFieldArray({ control, name: "newPeople", keyName: "key" });
  const { picked } = usePicks();
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = formState.errors.newPeople;
  const names = useWatch({ control, name: "newPeople" }).map((person) => person.name);

  // Fields that named the person removed are emptied, not left pointing at nobody.
  const remove = (index: number) => {
    const ref = `ref:${getValues(`newPeople.${index}.ref`)}`;
    for (const { path, id } of personRefsOf(getValues())) {
      if (id === ref) setValue(path as FieldPath<DelegationFormValues>, path.startsWith("members.") ? "" : null, { shouldDirty: true });
    }
    people.remove(index);
    addButton.current?.focus();
  };

  return (
    <fieldset>
      <legend>People new to Amity</legend>
      <p className="muted small">
        Add anyone the source names who is not in Amity yet; then choose them below as the leader, a member or someone met.
      </p>
      {people.fields.map((field, index) => {
        const n = index + 1;
        const error = errors?.[index];
        return (
          <div key={field.key} className="card stack-sm" role="group" aria-label={`New person ${n}`}>
            <div className="row">
              <Field
                id={`newPeople-${index}-name`}
                label={`Name of new person ${n}`}
                hint="In English, as the source gives it"
                error={error?.name?.message}
              >
                <input
                  id={`newPeople-${index}-name`}
                  {...fieldAria(`newPeople-${index}-name`, error?.name)}
                  {...register(`newPeople.${index}.name`)}
                />
              </Field>
              <Field
                id={`newPeople-${index}-native`}
                label={`Native name of new person ${n}`}
                hint="Optional: 信长星, 한덕수"
                error={error?.nativeName?.message}
              >
                <input
                  id={`newPeople-${index}-native`}
                  {...fieldAria(`newPeople-${index}-native`, error?.nativeName)}
                  {...register(`newPeople.${index}.nativeName`)}
                />
              </Field>
              <Field id={`newPeople-${index}-lang`} label={`Script of new person ${n}'s native name`} error={error?.nativeLang?.message}>
                <select id={`newPeople-${index}-lang`} defaultValue={field.nativeLang} {...register(`newPeople.${index}.nativeLang`)}>
                  <LabelOptions labels={NATIVE_LANGUAGES} />
                </select>
              </Field>
            </div>
            <PossiblySame type="PERSON" noun="person" name={names[index]} />
            <ClaimCitationFields
              name={`newPeople.${index}.citation`}
              claim={`new person ${n}`}
              initialSource={picked[field.citation.sourceId] ?? null}
            />
            <p>
              <button type="button" className="secondary" onClick={() => remove(index)} aria-label={`Remove new person ${n}`}>
                Remove
              </button>
            </p>
          </div>
        );
      })}
      <AddRowButton
        buttonRef={addButton}
        onClick={() =>
          people.append(emptyNewPerson(nextRef(getValues("newPeople"))), { focusName: `newPeople.${people.fields.length}.name` })
        }
      >
        Add a new person
      </AddRowButton>
    </fieldset>
  );
}
