"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { intakeArticleSchema, intakeSchema } from "@/lib/intake-schema";
import { prepareIntake, submitIntake, type IntakeDraft } from "@/lib/intake";

// Reads a pasted article into suggestions; nothing is stored until the editor submits.
export async function analyseArticleAction(input: unknown): Promise<ActionResult<IntakeDraft>> {
  const user = await requirePermission("change:propose");
  const parsed = intakeArticleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  return prepareIntake(user, parsed.data);
}

// Submits the editor's decisions as one change request for review.
export async function submitIntakeAction(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsed = intakeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await submitIntake(user, parsed.data);
  if (!result.ok) return result;
  redirect(`/admin/changes/${result.data?.id}`);
}
