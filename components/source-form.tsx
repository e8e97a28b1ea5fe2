"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  emptySource,
  FORM_TEXT_LIMIT,
  sourceDetailsSchema,
  sourceSchema,
  SOURCE_KIND_LABELS,
  type SourceDetails,
  type SourceInput,
} from "@/lib/source-schema";
import type { ExistingSource } from "@/lib/source";
import { proposeSourceDetailsEditAction, proposeSourceEditAction, registerSource } from "@/app/admin/sources/actions";
import { Field, FormError, fieldAria } from "@/components/ui/field";
import { LanguageOptions } from "@/components/language-options";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";
import { useFormDraft } from "@/components/use-form-draft";
import { LabelOptions } from "@/components/label-options";
import { SourcePossiblySame } from "@/components/source-possibly-same";

function ExistingNotice({ existing }: { existing: ExistingSource }) {
  return (
    <p className="notice" role="status">
      This source is already registered:{" "}
      {existing.isPending ? <>“{existing.title}”, awaiting review.</> : <Link href={`/sources/${existing.id}`}>{existing.title}</Link>} Cite
      that one instead of registering it again.
    </p>
  );
}

// The text of a source longer than the form holds is not sent to the browser: its length, and
// where to read it.
type KeptText = { length: number; readAt: string };

type Props = {
  sourceId?: string;
  baseVersion?: number;
  changeId?: string;
  defaultValues?: SourceInput | SourceDetails;
  keptText?: KeptText;
};

// A correction without the text keeps it (lib/source.ts).
type SourceFormValues = SourceDetails & { snapshot?: string };

function KeptTextNotice({ keptText }: { keptText: KeptText }) {
  return (
    <div className="field">
      <span className="label">Text as read</span>
      <p className="muted" id="snapshot">
        {keptText.length.toLocaleString("en")} characters, kept as stored: longer than this form holds (
        {FORM_TEXT_LIMIT.toLocaleString("en")}). <Link href={keptText.readAt}>Read the text</Link>
      </p>
    </div>
  );
}

// Registers a new source, or with `sourceId` proposes a correction of a published one,
// prepared on `baseVersion`, the version the form opened; with `changeId` either revises
// the author's own change instead. With `keptText` it corrects the details only.
export function SourceForm({ sourceId, baseVersion, changeId, defaultValues = emptySource, keptText }: Props) {
  const form = useForm<SourceFormValues>({
    resolver: zodResolver(keptText ? sourceDetailsSchema : sourceSchema),
    defaultValues,
  });
  const { register, handleSubmit, setError, formState, control } = form;
  const [title, publisher] = useWatch({ control, name: ["title", "publisher"] });
  const draft = useFormDraft(form);
  const { errors, isSubmitting, isDirty, isSubmitSuccessful } = formState;
  const [existing, setExisting] = useState<ExistingSource>();
  useWarnOnLeave(isDirty && !isSubmitSuccessful);

  const propose = keptText ? proposeSourceDetailsEditAction : proposeSourceEditAction;

  async function onSubmit(values: SourceFormValues) {
    const result = await draft.afterSave(sourceId ? propose(sourceId, values, changeId, baseVersion) : registerSource(values, changeId));
    setExisting(result.ok ? result.data?.existing : undefined);
    showActionErrors(result, setError);
  }

  return (
    <form className="stack card" onSubmit={handleSubmit(onSubmit)} noValidate>
      {existing && <ExistingNotice existing={existing} />}
      <FormError message={errors.root?.message} />
      <Field id="url" label="Address (URL)" hint="Leave empty for a printed or offline source" error={errors.url?.message}>
        <input id="url" type="url" {...fieldAria("url", errors.url)} {...register("url")} />
      </Field>
      <Field id="title" label="Title" error={errors.title?.message}>
        <input id="title" {...fieldAria("title", errors.title)} {...register("title")} />
      </Field>
      <SourcePossiblySame title={title} publisher={publisher} sourceId={sourceId} changeId={changeId} />
      <div className="row">
        <Field id="publisher" label="Publisher" error={errors.publisher?.message}>
          <input id="publisher" {...fieldAria("publisher", errors.publisher)} {...register("publisher")} />
        </Field>
        <Field id="kind" label="Kind" error={errors.kind?.message}>
          <select id="kind" defaultValue={defaultValues.kind} {...register("kind")}>
            <LabelOptions labels={SOURCE_KIND_LABELS} />
          </select>
        </Field>
        <Field id="lang" label="Language" error={errors.lang?.message}>
          <select id="lang" defaultValue={defaultValues.lang} {...register("lang")}>
            <LanguageOptions />
          </select>
        </Field>
      </div>
      <div className="row">
        <Field id="publishedOn" label="Published" hint="YYYY, YYYY-MM or YYYY-MM-DD" error={errors.publishedOn?.message}>
          <input id="publishedOn" {...fieldAria("publishedOn", errors.publishedOn)} {...register("publishedOn")} />
        </Field>
        <Field id="accessedOn" label="Accessed" hint="When you read it" error={errors.accessedOn?.message}>
          <input id="accessedOn" {...fieldAria("accessedOn", errors.accessedOn)} {...register("accessedOn")} />
        </Field>
      </div>
      {keptText ? (
        <KeptTextNotice keptText={keptText} />
      ) : (
        <Field
          id="snapshot"
          label="Text as you read it"
          hint="Paste the article's text: quotes are checked against it"
          error={errors.snapshot?.message}
        >
          <textarea id="snapshot" rows={12} {...fieldAria("snapshot", errors.snapshot)} {...register("snapshot")} />
        </Field>
      )}
      <div>
        <button type="submit" disabled={isSubmitting}>
          {sourceId ? "Propose correction" : isSubmitting ? "Registering…" : "Register source"}
        </button>
      </div>
    </form>
  );
}
