"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { intakeArticleSchema, intakeSchema, pickedSourceSchema, type IntakeArticle } from "@/lib/intake-schema";
import { prepareIntake, readSourceAsArticle, submitIntake, type IntakeDraft, type IntakeRefused } from "@/lib/intake";

// Reads a pasted article into suggestions; nothing is stored until the editor submits.
export async function analyseArticleAction(input: unknown): Promise<{ ok: true; data: IntakeDraft } | IntakeRefused> {
  const user = await requirePermission("change:propose");
  const parsed = intakeArticleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  return prepareIntake(user, parsed.data);
}

// A registered source's text, put in the article form when the editor picks the source.
export async function readSourceAction(input: unknown): Promise<ActionResult<IntakeArticle>> {
  const user = await requirePermission("change:propose");
  const parsed = pickedSourceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  return readSourceAsArticle(user, parsed.data.sourceId);
}

// Submits the editor's decisions as one change request for review.
export async function submitIntakeAction(input: unknown): Promise<ActionResult | IntakeRefused> {
  const user = await requirePermission("change:propose");
  const parsed = intakeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await submitIntake(user, parsed.data);
  if (!result.ok) return result;
  redirect(`/admin/changes/${result.data?.id}`);
}
