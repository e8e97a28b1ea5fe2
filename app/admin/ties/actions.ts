"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { tieEventProposalSchema } from "@/lib/tie-event-schema";
import { proposeTieEvent } from "@/lib/tie-event";

export async function proposeTieEventAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = tieEventProposalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeTieEvent(user, parsed.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
