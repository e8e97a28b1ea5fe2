"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { eventFormSchema, eventRemovalSchema } from "@/lib/event-schema";
import { proposeEvent, proposeEventRemoval } from "@/lib/event";

const NO_SUCH_CHANGE = "This form no longer matches a change; reload the page.";

// The id of the author's own change this form revises, when it revises one.
const changeIdSchema = z.string().min(1).max(40).optional();
// `baseVersion`: the version of the event the form opened.
const targetSchema = z.object({
  eventId: z.string().min(1).max(40).optional(),
  changeId: changeIdSchema,
  baseVersion: z.number().int().positive().optional(),
});

// Saves the event form as a draft or submits it for review. The target (a new event, an
// edit of a published one, or a revision of a change) comes from the client, so
// lib/change-request.ts checks the change is this user's before revising it.
export async function proposeEventAction(target: unknown, input: unknown, submit: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsedTarget = targetSchema.safeParse(target);
  if (!parsedTarget.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const parsed = eventFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeEvent(user, parsed.data, parsedTarget.data, submit === true);
  if (!result.ok) return result;
  redirect(`/admin/changes?${submit === true ? "submitted" : "drafted"}=${result.data?.id}`);
}

export async function proposeEventRemovalAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsed = eventRemovalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposeEventRemoval(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
