"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { agreementFormSchema } from "@/lib/agreement-schema";
import { proposeAgreement } from "@/lib/agreement";

// `baseVersion`: the version of the agreement the form opened.
const targetSchema = z.object({
  agreementId: z.string().min(1).max(40).optional(),
  changeId: z.string().min(1).max(40).optional(),
  baseVersion: z.number().int().positive().optional(),
});

// Saves the agreement form as a draft or submits it for review. The target (a new
// agreement, an edit of a published one, or a revision of a change) comes from the client,
// so lib/change-request.ts checks the change is this user's before revising it.
export async function proposeAgreementAction(target: unknown, input: unknown, submit: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsedTarget = targetSchema.safeParse(target);
  if (!parsedTarget.success) return { ok: false, formError: "This form no longer matches a change; reload the page." };
  const parsed = agreementFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeAgreement(user, parsed.data, parsedTarget.data, submit === true);
  if (!result.ok) return result;
  redirect(`/admin/changes?${submit === true ? "submitted" : "drafted"}=${result.data?.id}`);
}
