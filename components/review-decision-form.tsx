"use client";

import { useState } from "react";
import { unstable_rethrow, useRouter } from "next/navigation";
import { useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ItemReview } from "@/lib/change-detail";
import { emptyDecision, reviewDecisionSchema, type ReviewDecision } from "@/lib/review-schema";
import { decideChange, type DecisionResult } from "@/app/admin/review/actions";
import { ChangeItemView } from "@/components/change-item-view";
import { Field, FormError } from "@/components/ui/field";
import { showActionErrors } from "@/components/ui/show-action-errors";

// `items`: the parts on screen (a page of a large change); "Approve" decides on the whole.
type Props = { changeId: string; revision: number; items: ItemReview[]; approveLabel?: string };

// What an unexpected server error left undone: the decision's transaction rolled back whole.
const NOT_APPLIED: Record<ReviewDecision["decision"], string> = {
  approve: "The approval did not go through: nothing was published and the change still awaits review. Try again.",
  "approve-selected":
    "The approval did not go through: none of the selected parts was published and the change still awaits review. Try again.",
  return: "The change was not returned: its author has not been sent your comments, which are still here. Try again.",
};

// A decision that succeeds ends in redirect(), which reaches the caller as a thrown
// redirect while the router moves on: it is passed through, never shown as a failure.
async function decide(changeId: string, decision: ReviewDecision): Promise<DecisionResult> {
  try {
    return await decideChange(changeId, decision);
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, formError: NOT_APPLIED[decision.decision] };
  }
}

export function ReviewDecisionForm({ changeId, revision, items, approveLabel = "Approve" }: Props) {
  const router = useRouter();
  const form = useForm<ReviewDecision>({ resolver: zodResolver(reviewDecisionSchema), defaultValues: emptyDecision(revision) });
  const { register, handleSubmit, setError, setValue, getValues, formState } = form;
  const { errors, isSubmitting } = formState;
  const [staleItemIds, setStaleItemIds] = useState<string[]>([]);
  const pending = items.filter((item) => item.status === "PENDING");

  async function onSubmit(values: ReviewDecision) {
    // The revision is the one on screen now, which a refresh below may have moved on.
    const result = await decide(changeId, { ...values, seenRevision: revision });
    if (result.ok) return;
    showActionErrors(result, setError);
    if ("staleItemIds" in result && result.staleItemIds) setStaleItemIds(result.staleItemIds);
    // Show the author's new version in place; the reviewer's comments stay typed.
    if ("revised" in result && result.revised) router.refresh();
  }

  const submitAs = (decision: ReviewDecision["decision"]) => () => {
    setValue("decision", decision);
    return handleSubmit(onSubmit)();
  };

  // A record approved alone brings the parts citing it: its sources are published with it
  // unless the reviewer unticks them. Every box is one field to the form, so one handler,
  // which reads the part from the box's value.
  const citing = new Map(pending.map((item) => [item.id, item.citations]));
  const tickAlso = (ids: string[]) => setValue("selected", [...new Set([...getValues("selected"), ...ids])]);
  const selectedBox = register("selected", {
    onChange: (event: { target: HTMLInputElement }) => event.target.checked && tickAlso(citing.get(event.target.value) ?? []),
  });

  const fieldControls = (item: ItemReview) =>
    function FieldControls(field: string) {
      return (
        <div className="stack-sm">
          {item.operation === "UPDATE" && (
            <label className="small">
              <input type="checkbox" value={`${item.id}:${field}`} {...selectedBox} style={{ width: "auto" }} /> Approve this field
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
              <input type="checkbox" value={item.id} {...selectedBox} style={{ width: "auto" }} /> Approve this {item.label.toLowerCase()}{" "}
              as a whole
              {item.citations.length > 0 && ", with its citations"}
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
            <button type="button" disabled={isSubmitting} onClick={submitAs("approve")}>
              {approveLabel}
            </button>
          </div>
          <div className="shrink">
            <button type="button" className="secondary" disabled={isSubmitting} onClick={submitAs("approve-selected")}>
              Approve selected
            </button>
          </div>
          <div className="shrink">
            <button type="button" className="secondary" disabled={isSubmitting} onClick={submitAs("return")}>
              Return to author
            </button>
          </div>
        </div>
      </div>
    </form>
  );
}
