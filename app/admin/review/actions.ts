"use server";

import { redirect } from "next/navigation";
import { updateTag } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { approveChange, returnChange } from "@/lib/change-review";
import { fieldCommentsFrom, reviewDecisionSchema, selectionFrom } from "@/lib/review-schema";

export type DecisionResult = ActionResult | { ok: false; formError: string; staleItemIds?: string[]; revised?: true };

// Approve, approve in part, or return. The lib functions enforce the role and four-eyes
// rules; approval returns the cache tags of every public page it changed.
export async function decideChange(changeId: unknown, input: unknown): Promise<DecisionResult> {
  const user = await requirePermission("change:approve");
  const id = z.string().min(1).max(100).safeParse(changeId);
  if (!id.success) return { ok: false, formError: "Unknown change." };
  const parsed = reviewDecisionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const { decision, seenRevision, comment, selected, fieldComments } = parsed.data;
  const note = { seenRevision, comment, fieldComments: fieldCommentsFrom(fieldComments) };
  const result =
    decision === "return"
      ? await returnChange(user, id.data, note)
      : await approveChange(user, id.data, decision === "approve" ? "all" : selectionFrom(selected), note);
  if (!result.ok) return result;
  for (const tag of result.tags) updateTag(tag);
  redirect(`/admin/review?decided=${id.data}`);
}
