"use client";

import { Fragment } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { emptyName, NAME_KIND_LABELS, nameScriptWarning, type NameInput } from "@/lib/name-schema";
import { Field, fieldAria } from "@/components/ui/field";
import { LanguageOptions } from "@/components/language-options";
import { LabelOptions } from "@/components/label-options";

// Any entry form whose values hold the record's names.
type WithNames = { names: NameInput[] };

// The rows of a record's names in other scripts, inside a react-hook-form <FormProvider>.
// `newName` makes an added row: a form whose rows carry more (a citation) gives its own.
export function NameFields({ newNameLang = "ja", newName = emptyName }: { newNameLang?: string; newName?: (lang: string) => NameInput }) {
  const { control, register, formState } = useFormContext<WithNames>();
  const errors = formState.errors.names;
  // `keyName`: the rows' own `id` is the name's identity and must not be replaced by a React key.
  const names = useFieldArray({ control, name: "names", keyName: "key" });
  const typed = useWatch({ control, name: "names" }) ?? [];
  return (
    <fieldset>
      <legend>Names in other scripts</legend>
      {errors?.message && (
        <p className="field-error" role="alert">
          {errors.message}
        </p>
      )}
      {names.fields.map((field, index) => {
        const warning = typed[index] ? nameScriptWarning(typed[index].text, typed[index].lang) : null;
        return (
          <Fragment key={field.key}>
            <div className="row" role="group" aria-label={`Name ${index + 1}`}>
              <Field id={`names.${index}.text`} label={`Name ${index + 1}`} error={errors?.[index]?.text?.message}>
                <input
                  id={`names.${index}.text`}
                  {...fieldAria(`names.${index}.text`, errors?.[index]?.text)}
                  aria-describedby={`names.${index}.text-error${warning ? ` names.${index}.text-warning` : ""}`}
                  {...register(`names.${index}.text`)}
                />
              </Field>
              <Field id={`names.${index}.lang`} label={`Language of name ${index + 1}`} error={errors?.[index]?.lang?.message}>
                <select id={`names.${index}.lang`} defaultValue={field.lang} {...register(`names.${index}.lang`)}>
                  <LanguageOptions />
                </select>
              </Field>
              <Field id={`names.${index}.kind`} label={`Kind of name ${index + 1}`} error={errors?.[index]?.kind?.message}>
                <select id={`names.${index}.kind`} defaultValue={field.kind} {...register(`names.${index}.kind`)}>
                  <LabelOptions labels={NAME_KIND_LABELS} />
                </select>
              </Field>
              <div className="shrink">
                <button type="button" className="secondary" onClick={() => names.remove(index)} aria-label={`Remove name ${index + 1}`}>
                  Remove
                </button>
              </div>
            </div>
            {warning && (
              <p className="warning" id={`names.${index}.text-warning`} role="status">
                {warning}
              </p>
            )}
          </Fragment>
        );
      })}
      <p>
        <button type="button" className="secondary" onClick={() => names.append(newName(newNameLang))}>
          Add a name
        </button>
      </p>
    </fieldset>
  );
}
