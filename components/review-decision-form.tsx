"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ItemReview } from "@/lib/change-detail";
import { emptyDecision, reviewDecisionSchema, type ReviewDecision } from "@/lib/review-schema";
import { decideChange } from "@/app/admin/review/actions";
import { ChangeItemView } from "@/components/change-item-view";
import { Field, FormError } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

type Props = { changeId: string; revision: number; items: ItemReview[] };

export function ReviewDecisionForm({ changeId, revision, items }: Props) {
  const router = useRouter();
  const form = useForm<ReviewDecision>({ resolver: zodResolver(reviewDecisionSchema), defaultValues: emptyDecision(revision) });
  const { register, handleSubmit, setError, setValue, formState } = form;
  const { errors, isSubmitting } = formState;
  const [staleItemIds, setStaleItemIds] = useState<string[]>([]);
  const pending = items.filter((item) => item.status === "PENDING");

  async function onSubmit(values: ReviewDecision) {
    // An unexpected server error rolls the approval back; say so instead of staying silent.
    // The revision is the one on screen now, which a refresh below may have moved on.
    const decision = { ...values, seenRevision: revision };
    const result = await decideChange(changeId, decision).catch(() => ({
      ok: false as const,
      formError: "Something went wrong on the server; nothing was applied. Try again.",
    }));
    if (result.ok) return;
    showActionErrors(result, setError);
    if ("staleItemIds" in result && result.staleItemIds) setStaleItemIds(result.staleItemIds);
    // Show the author's new version in place; the reviewer's comments stay typed.
    if ("revised" in result && result.revised) router.refresh();
  }

  const decide = (decision: ReviewDecision["decision"]) => () => {
    setValue("decision", decision);
    return handleSubmit(onSubmit)();
  };

  const fieldControls = (item: ItemReview) =>
    function FieldControls(field: string) {
      return (
        <div className="stack-sm">
          {item.operation === "UPDATE" && (
            <label className="small">
              <input type="checkbox" value={`${item.id}:${field}`} {...register("selected")} style={{ width: "auto" }} /> Approve this field
            </label>
          )}
          <input
            aria-label={`Comment on ${item.fieldLabels[field] ?? field}`}
            placeholder="Comment (optional)"
            {...register(`fieldComments.${item.id}:${field}` as FieldPath<ReviewDecision>)}
          />
        </div>
      );
    };

  return (
    <form className="stack" onSubmit={(event) => event.preventDefault()} noValidate>
      {pending.map((item) => (
        <ChangeItemView
          key={item.id}
          item={item}
          renderControls={fieldControls(item)}
          headerControl={
            <label className="small">
              <input type="checkbox" value={item.id} {...register("selected")} style={{ width: "auto" }} /> Approve this{" "}
              {item.label.toLowerCase()} as a whole
              {staleItemIds.includes(item.id) && <span className="tag tag-danger"> changed since — rebase</span>}
            </label>
          }
        />
      ))}
      <div className="card stack-sm">
        <FormError message={errors.root?.message} />
        {errors.selected?.message && (
          <p className="field-error" role="alert">
            {errors.selected.message}
          </p>
        )}
        <Field
          id="comment"
          label="Comment to the author"
          hint="Required to return a change or approve only part of it"
          error={errors.comment?.message}
        >
          <textarea id="comment" rows={3} aria-invalid={!!errors.comment} aria-describedby="comment-error" {...register("comment")} />
        </Field>
        <div className="row">
          <div className="shrink">
            <button type="button" disabled={isSubmitting} onClick={decide("approve")}>
              Approve
            </button>
          </div>
          <div className="shrink">
            <button type="button" className="secondary" disabled={isSubmitting} onClick={decide("approve-selected")}>
              Approve selected
            </button>
          </div>
          <div className="shrink">
            <button type="button" className="secondary" disabled={isSubmitting} onClick={decide("return")}>
              Return to author
            </button>
          </div>
        </div>
      </div>
    </form>
  );
}
