"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { citationSchema } from "@/lib/citation-schema";
import { proposeCitation } from "@/lib/citation";

export async function proposeCitationAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = citationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeCitation(user, parsed.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
