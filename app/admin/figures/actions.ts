"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { figureFormSchema, figureRemovalSchema } from "@/lib/figure-schema";
import { proposeFigure, proposeFigureRemoval } from "@/lib/figure";

const NO_SUCH_CHANGE = "This form no longer matches a change; reload the page.";

// The id of the author's own change this form revises, when it revises one.
const changeIdSchema = z.string().min(1).max(40).optional();
// `baseVersion`: the version of the figure the form opened.
const targetSchema = z.object({
  figureId: z.string().min(1).max(40).optional(),
  changeId: changeIdSchema,
  baseVersion: z.number().int().positive().optional(),
});

// Saves the figure form as a draft or submits it for review; lib/change-request.ts checks
// that a change it revises is this user's.
export async function proposeFigureAction(target: unknown, input: unknown, submit: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsedTarget = targetSchema.safeParse(target);
  if (!parsedTarget.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const parsed = figureFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeFigure(user, parsed.data, parsedTarget.data, submit === true);
  if (!result.ok) return result;
  redirect(`/admin/changes?${submit === true ? "submitted" : "drafted"}=${result.data?.id}`);
}

export async function proposeFigureRemovalAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsed = figureRemovalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposeFigureRemoval(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
