"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { delegationFormSchema, delegationRemovalSchema } from "@/lib/delegation-schema";
import { proposeDelegation, proposeDelegationRemoval } from "@/lib/delegation";

const NO_SUCH_CHANGE = "This form no longer matches a change; reload the page.";

// `baseVersion`: the version of the delegation the form opened.
const targetSchema = z.object({
  delegationId: z.string().min(1).max(40).optional(),
  changeId: z.string().min(1).max(40).optional(),
  baseVersion: z.number().int().positive().optional(),
});
const changeIdSchema = z.string().min(1).max(40).optional();

// Saves the delegation form as a draft or submits it for review. The target (a new
// delegation, an edit of a published one, or a revision of a change) comes from the client,
// so lib/change-request.ts checks the change is this user's before revising it.
export async function proposeDelegationAction(target: unknown, input: unknown, submit: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsedTarget = targetSchema.safeParse(target);
  if (!parsedTarget.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const parsed = delegationFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeDelegation(user, parsed.data, parsedTarget.data, submit === true);
  if (!result.ok) return result;
  redirect(`/admin/changes?${submit === true ? "submitted" : "drafted"}=${result.data?.id}`);
}

// Proposes taking the delegation off the public record; with `changeId`, revises the
// author's own removal.
export async function proposeDelegationRemovalAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsed = delegationRemovalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposeDelegationRemoval(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
