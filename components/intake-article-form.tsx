"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { analyseArticleAction, readSourceAction } from "@/app/admin/intake/actions";
import { detectLanguage } from "@/lib/intake/language";
import type { IntakeDraft } from "@/lib/intake";
import { intakeArticleSchema, type IntakeArticle } from "@/lib/intake-schema";
import { RecordPickerField, type PickedRecord } from "@/components/record-picker";
import { LanguageOptions } from "@/components/language-options";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

const INTAKE_LANGS: Record<string, string> = { en: "en", zh: "zh-Hans", ja: "ja", ko: "ko" };

const emptyArticle: IntakeArticle = { sourceId: "", snapshot: "", url: "", title: "", lang: "en", publishedOn: "" };

// The article as the editor pasted it, or a registered source's text; its language is
// guessed from its letters as it is pasted, and stays the editor's to correct.
export function IntakeArticleForm({ onAnalysed }: { onAnalysed: (draft: IntakeDraft) => void }) {
  const { register, handleSubmit, setError, setValue, reset, control, formState } = useForm<IntakeArticle>({
    resolver: zodResolver(intakeArticleSchema),
    defaultValues: emptyArticle,
  });
  const { errors, isSubmitting } = formState;
  // The editor's own change that holds this article already, to open instead.
  const [heldBy, setHeldBy] = useState<string | null>(null);

  async function onSubmit(values: IntakeArticle) {
    const result = await analyseArticleAction(values);
    setHeldBy(!result.ok ? (result.heldBy ?? null) : null);
    if (result.ok) onAnalysed(result.data);
    else showActionErrors(result, setError);
  }

  // Picking a source puts its stored text in the form: read as it is, or with a fuller
  // text pasted over it, which the change then gives the source.
  async function readSource(record: PickedRecord | null) {
    if (!record) return;
    const result = await readSourceAction({ sourceId: record.id });
    if (result.ok && result.data) reset(result.data);
    else showActionErrors(result, setError);
  }

  const text = register("snapshot", {
    onChange: (event) => setValue("lang", INTAKE_LANGS[detectLanguage(event.target.value)]),
  });

  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Article">
      <FormError message={errors.root?.message} />
      {heldBy && <Link href={`/admin/changes/${heldBy}`}>Open your change holding this article</Link>}
      <RecordPickerField
        id="intake-source"
        label="A registered source (optional)"
        hint="Its text is put below; paste a fuller text over it if you have one."
        types={["SOURCE"]}
        control={control}
        name="sourceId"
        emptyValue=""
        onPick={readSource}
      />
      <Field
        id="intake-text"
        label="Article text"
        error={errors.snapshot?.message}
        hint="Paste the whole article as you read it, or pick a registered source above."
      >
        <textarea id="intake-text" rows={14} {...text} {...fieldAria("intake-text", errors.snapshot)} />
      </Field>
      <div className="row">
        <Field
          id="intake-date"
          label="Article date"
          error={errors.publishedOn?.message}
          hint="YYYY-MM-DD; a date without a year is read from it."
        >
          <input id="intake-date" {...register("publishedOn")} {...fieldAria("intake-date", errors.publishedOn)} />
        </Field>
        <Field id="intake-lang" label="Language" error={errors.lang?.message}>
          <select id="intake-lang" {...register("lang")} {...fieldAria("intake-lang", errors.lang)}>
            <LanguageOptions />
          </select>
        </Field>
      </div>
      <div className="row">
        <Field id="intake-title" label="Title (optional)" error={errors.title?.message} hint="The first line of the text, if left empty.">
          <input id="intake-title" {...register("title")} {...fieldAria("intake-title", errors.title)} />
        </Field>
        <Field id="intake-url" label="Address (optional)" error={errors.url?.message}>
          <input id="intake-url" type="url" {...register("url")} {...fieldAria("intake-url", errors.url)} />
        </Field>
      </div>
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Reading…" : "Read the article"}
        </button>
      </div>
    </form>
  );
}
