"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { settlementSchema } from "@/lib/dispute-schema";
import { proposeSettlement } from "@/lib/dispute";

export async function proposeSettlementAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = settlementSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeSettlement(user, parsed.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
