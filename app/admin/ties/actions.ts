"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { tieEventProposalSchema, tieEventRemovalSchema } from "@/lib/tie-event-schema";
import { proposeTieEvent, proposeTieEventRemoval } from "@/lib/tie-event";
import { tieProposalSchema } from "@/lib/tie-schema";
import { proposeTie } from "@/lib/tie-proposal";

const NO_SUCH_CHANGE = "This form no longer matches a change; reload the page.";

// The id of the author's own change this form revises, when it revises one.
const changeIdSchema = z.string().min(1).max(40).optional();
// Which event an event form edits (none: a new one), and which change it revises.
// `baseVersion`: the tie's version the form opened.
const eventTargetSchema = z
  .object({ eventId: z.string().min(1).max(40).optional(), changeId: changeIdSchema, baseVersion: z.number().int().positive().optional() })
  .strict();

export async function proposeTieEventAction(input: unknown, target?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = tieEventProposalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedTarget = eventTargetSchema.optional().safeParse(target);
  if (!parsedTarget.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposeTieEvent(user, parsed.data, parsedTarget.data ?? {});
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}

export async function proposeTieEventRemovalAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = tieEventRemovalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposeTieEventRemoval(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}

// A new tie with its first event and the passages for its kind and date.
export async function proposeTieAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = tieProposalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposeTie(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
