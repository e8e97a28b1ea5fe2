"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { settlementSchema } from "@/lib/dispute-schema";
import { proposeSettlement } from "@/lib/dispute";

// The id of the author's own change this form revises, when it revises one.
const changeIdSchema = z.string().min(1).max(100).optional();

export async function proposeSettlementAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:review");
  const parsed = settlementSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: "This form no longer matches a change; reload the page." };
  const result = await proposeSettlement(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
