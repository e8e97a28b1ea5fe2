"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { tieEventProposalSchema } from "@/lib/tie-event-schema";
import { proposeTieEvent } from "@/lib/tie-event";
import { tieProposalSchema } from "@/lib/tie-schema";
import { proposeTie } from "@/lib/tie-proposal";

// The id of the author's own change this form revises, when it revises one.
const changeIdSchema = z.string().min(1).optional();

export async function proposeTieEventAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = tieEventProposalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: "This form no longer matches a change; reload the page." };
  const result = await proposeTieEvent(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}

// A new tie with its first event and the passages for its kind and date.
export async function proposeTieAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = tieProposalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: "This form no longer matches a change; reload the page." };
  const result = await proposeTie(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
