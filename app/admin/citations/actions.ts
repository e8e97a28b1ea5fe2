"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { citationSchema } from "@/lib/citation-schema";
import { proposeCitation } from "@/lib/citation";

// The id of the author's own change this form revises, when it revises one.
const changeIdSchema = z.string().min(1).max(100).optional();

export async function proposeCitationAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = citationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: "This form no longer matches a change; reload the page." };
  const result = await proposeCitation(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
