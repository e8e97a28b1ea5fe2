"use client";

import { useEffect, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { RecordType } from "@/lib/enums";
import { citationSchema, type CitationInput } from "@/lib/citation-schema";
import { isPartialDate } from "@/lib/partial-date";
import type { SourceText } from "@/lib/record-picker-schema";
import { proposeCitationAction } from "@/app/admin/citations/actions";
import { RecordPickerField } from "@/components/record-picker";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { DateNotationFields } from "@/components/claim-citation-fields";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useFormDraft } from "@/components/use-form-draft";

type Claim = { field: string; label: string };
type Props = {
  recordType: RecordType;
  recordId: string;
  claims: Claim[];
  // The source a revised citation already quotes, with its text.
  source?: SourceText | null;
  changeId?: string;
  defaultValues?: CitationInput;
};

const CONTEXT = 32;

const emptyCitation = (recordType: RecordType, recordId: string, claims: Claim[]): CitationInput => ({
  recordType,
  recordId,
  field: claims[0]?.field ?? "exists",
  sourceId: "",
  quote: "",
  prefix: "",
  suffix: "",
  startOffset: null,
  assertedValue: "",
  rank: "NORMAL",
  rankReason: "",
});

// The text of the picked source, fetched when another is picked (the first comes with the page).
function useSourceText(sourceId: string, initial: SourceText | null) {
  const [loaded, setLoaded] = useState(initial);
  const [failedId, setFailedId] = useState<string | null>(null);
  const loadedId = loaded?.id;
  useEffect(() => {
    if (!sourceId || sourceId === loadedId) return;
    const controller = new AbortController();
    fetch(`/admin/api/sources/${encodeURIComponent(sourceId)}`, { signal: controller.signal, redirect: "error" })
      .then(async (response) => {
        if (!response.ok) throw new Error(`The source answered ${response.status}`);
        setLoaded((await response.json()) as SourceText);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailedId(sourceId);
      });
    return () => controller.abort();
  }, [sourceId, loadedId]);
  return { text: loadedId === sourceId ? loaded : null, isFailed: failedId === sourceId };
}

// Cite a passage: pick the claim and the source, then select the words in the source's
// text (or paste them). The selection's offsets and context travel with the quote; the
// server checks the quote against the stored text and keeps its own anchor. With
// `changeId` it revises the author's own citation change, starting from `defaultValues`.
export function CitationForm({
  recordType,
  recordId,
  claims,
  source: initialSource = null,
  changeId,
  defaultValues = emptyCitation(recordType, recordId, claims),
}: Props) {
  const form = useForm<CitationInput>({ resolver: zodResolver(citationSchema), defaultValues });
  const { register, handleSubmit, setError, setValue, control, formState } = form;
  const { errors, isSubmitting } = formState;
  // Kept as a draft where the page gives it one (components/form-draft.tsx).
  const draft = useFormDraft(form);
  const sourceId = useWatch({ control, name: "sourceId" });
  // The picker (and the draft's picks) keep the source's title, not its text.
  const pickedSource = useMemo(
    () => initialSource && { id: initialSource.id, title: initialSource.title, detail: initialSource.detail },
    [initialSource],
  );
  const { text: source, isFailed } = useSourceText(sourceId, initialSource);
  // A date may be written loosely ("June 19") or with a part inferred: asked for once the
  // stated value is a date, or when the citation being revised already says so.
  const statedValue = useWatch({ control, name: "assertedValue" });
  const isDate = isPartialDate(statedValue.trim()) || !!defaultValues.notation || !!defaultValues.inferredReason;

  function takeSelection(container: HTMLElement) {
    const selection = window.getSelection();
    if (!source || !selection || selection.isCollapsed || !container.contains(selection.anchorNode)) return;
    const range = selection.getRangeAt(0);
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const end = start + range.toString().length;
    setValue("quote", source.snapshot.slice(start, end), { shouldValidate: true, shouldDirty: true });
    setValue("startOffset", start);
    setValue("prefix", source.snapshot.slice(Math.max(0, start - CONTEXT), start));
    setValue("suffix", source.snapshot.slice(end, end + CONTEXT));
  }

  async function onSubmit(values: CitationInput) {
    showActionErrors(await draft.afterSave(proposeCitationAction(values, changeId)), setError);
  }

  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Cite a source">
      <FormError message={errors.root?.message} />
      <div className="row">
        <Field id="citation-field" label="Claim" error={errors.field?.message}>
          <select id="citation-field" defaultValue={defaultValues.field} {...register("field")}>
            {claims.map((claim) => (
              <option key={claim.field} value={claim.field}>
                {claim.label}
              </option>
            ))}
          </select>
        </Field>
        <RecordPickerField
          id="citation-source"
          label="Source"
          types={["SOURCE"]}
          control={control}
          name="sourceId"
          initial={pickedSource}
          emptyValue=""
        />
      </div>
      {sourceId && !source && (
        <p className={isFailed ? "warning" : "muted"} role="status">
          {isFailed ? "The source's text could not be loaded; reload the page to try again." : "Loading the source's text…"}
        </p>
      )}
      {source && (
        <div className="field">
          <span className="label">Select the passage in the source</span>
          <div
            className="snapshot card"
            lang={source.lang ?? undefined}
            data-testid="source-text"
            style={{ maxHeight: "16rem", overflow: "auto" }}
            onMouseUp={(event) => takeSelection(event.currentTarget)}
          >
            {source.snapshot}
          </div>
        </div>
      )}
      <Field
        id="citation-quote"
        label="Quote"
        hint="Filled from your selection; you may also paste the passage"
        error={errors.quote?.message}
      >
        <textarea
          id="citation-quote"
          rows={2}
          {...fieldAria("citation-quote", errors.quote)}
          {...register("quote", { onChange: () => setValue("startOffset", null) })}
        />
      </Field>
      <Field
        id="citation-value"
        label="Value the source states"
        hint="For a date: 2024-06-19; leave empty when the passage only supports the record"
        error={errors.assertedValue?.message}
      >
        <input id="citation-value" {...fieldAria("citation-value", errors.assertedValue)} {...register("assertedValue")} />
      </Field>
      {isDate && (
        <DateNotationFields
          id="citation"
          fields={{ notation: register("notation"), inferredReason: register("inferredReason") }}
          errors={errors}
        />
      )}
      <div>
        <button type="submit" disabled={isSubmitting}>
          Propose citation
        </button>
      </div>
    </form>
  );
}
