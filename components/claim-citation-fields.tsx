"use client";

import { useEffect, useState } from "react";
import { useController, useFormContext, type FieldValues, type Path, type UseFormRegisterReturn } from "react-hook-form";
import { RecordPickerField, type PickedRecord } from "@/components/record-picker";
import { Field, fieldAria } from "@/components/ui/field";
import type { ClaimCitation } from "@/lib/claim-citation-schema";

type SourceText = { id: string; title: string; lang: string | null; snapshot: string };

type Props = {
  // Where the citation sits in the form's values, e.g. "citations.kind".
  name: string;
  // The claim in words: "the kind of tie", "the date".
  claim: string;
  // The source already chosen, when the form starts from a saved proposal.
  initialSource?: PickedRecord | null;
  // A date claim also keeps how the source writes the date and what was inferred.
  isDate?: boolean;
  // A key claim of its kind (the kind's `keyClaims`): approval waits for its citation.
  isKey?: boolean;
};

type CitationErrors = Partial<Record<keyof ClaimCitation, { message?: string }>>;

function useSourceText(sourceId: string | null | undefined) {
  const [source, setSource] = useState<SourceText | null>(null);
  useEffect(() => {
    if (!sourceId) return;
    const controller = new AbortController();
    fetch(`/admin/api/sources/${encodeURIComponent(sourceId)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((found: SourceText | null) => setSource(found))
      .catch(() => {});
    return () => controller.abort();
  }, [sourceId]);
  return source && source.id === sourceId ? source : null;
}

// One claim's citation inside an entry form (it must sit in a <FormProvider>): pick the
// source, then select the supporting words in its text, by mouse or keyboard (the text is a
// read-only text box, so Shift+arrows select too), or paste them. The server anchors the
// passage again before anything is stored (lib/claim-citations.ts).
export function ClaimCitationFields({ name, claim, initialSource = null, isDate = false, isKey = false }: Props) {
  const { control, register, setValue, getFieldState, formState } = useFormContext<FieldValues>();
  const path = (field: keyof ClaimCitation) => `${name}.${field}` as Path<FieldValues>;
  const { field: sourceField } = useController({ control, name: path("sourceId") });
  const source = useSourceText(sourceField.value);
  const errors = (getFieldState(name as Path<FieldValues>, formState).error ?? {}) as CitationErrors;
  const id = name.replace(/\W+/g, "-");

  function takeSelection(text: HTMLTextAreaElement) {
    const { selectionStart: start, selectionEnd: end } = text;
    if (end <= start) return;
    setValue(path("quote"), text.value.slice(start, end), { shouldValidate: true, shouldDirty: true });
    setValue(path("startOffset"), start);
  }

  return (
    <fieldset className="claim-citation">
      <legend>Source for {claim}</legend>
      {isKey && <p className="small key-claim">Cite this now: a reviewer cannot approve the change while it is uncited.</p>}
      <RecordPickerField
        control={control}
        name={path("sourceId")}
        id={`${id}-source`}
        label={`Source for ${claim}`}
        types={["SOURCE"]}
        initial={initialSource}
        emptyValue=""
      />
      {source && (
        <Field id={`${id}-text`} label={`Text of ${source.title}`} hint="Select the words that support the claim">
          <textarea
            id={`${id}-text`}
            readOnly
            rows={8}
            lang={source.lang ?? undefined}
            value={source.snapshot}
            onSelect={(event) => takeSelection(event.currentTarget)}
            onKeyUp={(event) => takeSelection(event.currentTarget)}
            onMouseUp={(event) => takeSelection(event.currentTarget)}
          />
        </Field>
      )}
      <Field id={`${id}-quote`} label={`Passage supporting ${claim}`} hint="Selected above, or pasted" error={errors.quote?.message}>
        <textarea
          id={`${id}-quote`}
          rows={2}
          {...fieldAria(`${id}-quote`, errors.quote)}
          {...register(path("quote"), { onChange: () => setValue(path("startOffset"), null) })}
        />
      </Field>
      <Field
        id={`${id}-value`}
        label={`Value the source states for ${claim}`}
        hint="Optional, in the source's own words"
        error={errors.assertedValue?.message}
      >
        <input id={`${id}-value`} {...fieldAria(`${id}-value`, errors.assertedValue)} {...register(path("assertedValue"))} />
      </Field>
      {isDate && (
        <DateNotationFields
          id={id}
          fields={{ notation: register(path("notation")), inferredReason: register(path("inferredReason")) }}
          errors={errors}
        />
      )}
    </fieldset>
  );
}

type NotationProps = {
  // Prefix of the inputs' ids.
  id: string;
  fields: Record<"notation" | "inferredReason", UseFormRegisterReturn>;
  errors: Pick<CitationErrors, "notation" | "inferredReason">;
};

// How the source writes a date, and which part of it was inferred: kept with a citation of a
// date (lib/claim-citation-schema.ts), in whichever form cites it.
export function DateNotationFields({ id, fields, errors }: NotationProps) {
  return (
    <div className="row">
      <Field
        id={`${id}-notation`}
        label="How the source writes it"
        hint="Optional, as written: June 19, the afternoon of the 14th"
        error={errors.notation?.message}
      >
        <input id={`${id}-notation`} {...fieldAria(`${id}-notation`, errors.notation)} {...fields.notation} />
      </Field>
      <Field
        id={`${id}-inferred`}
        label="Inferred part and why"
        hint="Optional: year inferred from the article's date"
        error={errors.inferredReason?.message}
      >
        <input id={`${id}-inferred`} {...fieldAria(`${id}-inferred`, errors.inferredReason)} {...fields.inferredReason} />
      </Field>
    </div>
  );
}
