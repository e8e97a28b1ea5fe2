"use client";

import { Controller, useFormContext, useWatch, type FieldPath } from "react-hook-form";
import { RecordPickerField } from "@/components/record-picker";
import { Field } from "@/components/ui/field";
import { usePicks, usePositions } from "@/components/delegation-picks";
import type { DelegationFormValues } from "@/lib/delegation-schema";

type Path = FieldPath<DelegationFormValues>;

type PersonFieldProps = {
  name: Path;
  id: string;
  label: string;
  // The label of the list offering the people new in this change: "New person as leader".
  newLabel: string;
  hint?: string;
  // Required fields hold "" when empty, optional ones null.
  emptyValue: "" | null;
  // The position field that belongs to this person, cleared when the person changes.
  positionName?: Path;
};

// A person: one published (the picker) or one new in this change (the list below it,
// shown once the form has new people). Either way the field holds one id, or "ref:person-N".
export function PersonField({ name, id, label, newLabel, hint, emptyValue, positionName }: PersonFieldProps) {
  const { control, setValue, formState } = useFormContext<DelegationFormValues>();
  const { picked, remember } = usePicks();
  const [value, newPeople] = useWatch({ control, name: [name, "newPeople"] }) as [string | null, DelegationFormValues["newPeople"]];
  const newIndex = newPeople.findIndex((person) => `ref:${person.ref}` === value);
  const newOne = newPeople[newIndex];
  const initial = newOne
    ? { id: value!, title: newOne.name || `New person ${newIndex + 1}`, detail: "New in this change" }
    : (picked[value ?? ""] ?? null);
  const changed = () => positionName && setValue(positionName, null, { shouldDirty: true });
  return (
    <div className="stack-sm">
      <RecordPickerField
        control={control}
        name={name}
        id={id}
        label={label}
        hint={hint}
        types={["PERSON"]}
        initial={initial}
        emptyValue={emptyValue}
        onPick={(record) => {
          remember(record);
          changed();
        }}
      />
      {newPeople.length > 0 && (
        <Field id={`${id}-new`} label={newLabel}>
          <select
            id={`${id}-new`}
            value={newOne ? value! : ""}
            onChange={(event) => {
              setValue(name, event.target.value || emptyValue, { shouldDirty: true, shouldValidate: formState.isSubmitted });
              changed();
            }}
          >
            <option value="">— none —</option>
            {newPeople.map((person, i) => (
              <option key={person.ref} value={`ref:${person.ref}`}>
                {person.name || `New person ${i + 1}`}
              </option>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}

type PositionFieldProps = { name: Path; personName: Path; id: string; label: string };

// The position the person held then, among those Amity records for them; the title as
// the source gives it is a field of its own beside this one.
export function PositionField({ name, personName, id, label }: PositionFieldProps) {
  const { control } = useFormContext<DelegationFormValues>();
  const personId = useWatch({ control, name: personName }) as string | null;
  const choices = usePositions(personId || null);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = (field.value as string | null) ?? "";
        // The stored position stays an option while the person's list loads.
        const options = value && !choices.some((c) => c.id === value) ? [...choices, { id: value, title: "Position on record" }] : choices;
        return (
          <Field id={id} label={label} hint={personId ? undefined : "Choose the person first"} error={fieldState.error?.message}>
            <select
              id={id}
              ref={field.ref}
              value={value}
              disabled={!personId || personId.startsWith("ref:")}
              onBlur={field.onBlur}
              onChange={(event) => field.onChange(event.target.value || null)}
              aria-invalid={!!fieldState.error}
              aria-describedby={`${id}-error`}
            >
              <option value="">— as given only —</option>
              {options.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.title}
                </option>
              ))}
            </select>
          </Field>
        );
      }}
    />
  );
}
