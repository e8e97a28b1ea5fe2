"use client";

import type { ReactNode } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { submitIntakeAction } from "@/app/admin/intake/actions";
import type { IntakeDraft } from "@/lib/intake";
import { intakeSchema, type IntakeInput } from "@/lib/intake-schema";
import { IntakeAgreementFields } from "@/components/intake-agreement-fields";
import { IntakeDelegationFields } from "@/components/intake-delegation-fields";
import { IntakeEntityFields } from "@/components/intake-entity-fields";
import { IntakeTieFields } from "@/components/intake-tie-fields";
import { FormError } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";
import { useWarnOnLeave } from "@/components/use-warn-on-leave";

const GROUPS = [
  ["place", "Places"],
  ["person", "People"],
  ["organisation", "Organisations"],
] as const;

// The article with what the analysis found marked, beside its suggestions grouped by kind:
// the editor links, creates, renames or drops each, then submits one change.
export function IntakeReviewForm({ draft }: { draft: IntakeDraft }) {
  const form = useForm<IntakeInput>({ resolver: zodResolver(intakeSchema), defaultValues: draft.form });
  const { handleSubmit, setError, formState } = form;
  const { errors, isSubmitting, isSubmitSuccessful } = formState;
  useWarnOnLeave(!isSubmitSuccessful);

  async function onSubmit(values: IntakeInput) {
    showActionErrors(await submitIntakeAction(values), setError);
  }

  return (
    <FormProvider {...form}>
      <form className="row" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Suggestions">
        <section className="card" aria-label="The article">
          <RegisteredNote registered={draft.registered} />
          <MarkedArticle draft={draft} />
        </section>
        <div className="stack">
          <FormError message={errors.root?.message} />
          {GROUPS.map(([kind, title]) => (
            <section key={kind} className="stack-sm" aria-label={title}>
              <h2>{title}</h2>
              {draft.form.entities.map((entity, i) =>
                entity.kind === kind ? (
                  <IntakeEntityFields key={entity.key} index={i} candidates={draft.candidates[entity.key] ?? []} />
                ) : null,
              )}
            </section>
          ))}
          <section className="stack-sm" aria-label="Ties">
            <h2>Ties</h2>
            <p className="small muted">
              An event the tie has already, recorded or kept above on the same date, is cited rather than added again.
            </p>
            {draft.form.ties.map((tie, i) => (
              <IntakeTieFields key={i} index={i} draft={draft} />
            ))}
          </section>
          <section className="stack-sm" aria-label="Delegations">
            <h2>Delegations</h2>
            {draft.form.delegations.map((delegation, i) => (
              <IntakeDelegationFields key={i} index={i} draft={draft} />
            ))}
          </section>
          <section className="stack-sm" aria-label="Agreements">
            <h2>Agreements</h2>
            {draft.form.agreements.map((agreement, i) => (
              <IntakeAgreementFields key={i} index={i} draft={draft} />
            ))}
          </section>
          <div>
            <button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Submitting…" : "Submit for review"}
            </button>
          </div>
        </div>
      </form>
    </FormProvider>
  );
}

// Which registered source the citations will point at, and whether this change gives it
// the fuller text pasted.
function RegisteredNote({ registered }: { registered: IntakeDraft["registered"] }) {
  if (!registered) return <p className="small muted">A new source: it is registered with this change.</p>;
  if (!registered.isFuller) return <p className="small muted">The registered source “{registered.title}”.</p>;
  // Not a quiet aside: the change corrects a published source, which its reviewer approves too.
  return (
    <p className="warning small">
      The registered source “{registered.title}”, which holds less of this article: this change also replaces its text with the fuller one
      pasted here. The quotes already cited in it are found again in the new text when it is approved.
    </p>
  );
}

// The article's text with every mention marked.
function MarkedArticle({ draft }: { draft: IntakeDraft }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, mention] of draft.analysis.mentions.entries()) {
    if (mention.start < at) continue;
    parts.push(draft.text.slice(at, mention.start));
    parts.push(
      <mark key={i} title={mention.kind}>
        {draft.text.slice(mention.start, mention.end)}
      </mark>,
    );
    at = mention.end;
  }
  parts.push(draft.text.slice(at));
  return <div className="snapshot">{parts}</div>;
}
