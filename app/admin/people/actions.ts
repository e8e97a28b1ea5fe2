"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { personFormSchema, personMergeSchema } from "@/lib/person-schema";
import { proposePerson, proposePersonMerge } from "@/lib/person";

// `baseVersion`: the version of the person the form opened.
const targetSchema = z.object({
  personId: z.string().min(1).max(40).optional(),
  changeId: z.string().min(1).max(40).optional(),
  baseVersion: z.number().int().positive().optional(),
});

// Saves the person form as a draft or submits it for review. The target (new person, edit
// of a published one, or revision of the author's change) comes from the client, so
// lib/person.ts and lib/change-request.ts check it before using it.
export async function savePersonProposal(target: unknown, input: unknown, submit: boolean): Promise<ActionResult> {
  const user = await requireUser();
  const parsedTarget = targetSchema.safeParse(target);
  if (!parsedTarget.success) return { ok: false, formError: "This form no longer matches a change; reload the page." };
  const parsed = personFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposePerson(user, parsed.data, parsedTarget.data, submit === true);
  if (!result.ok) return result;
  redirect(`/admin/changes?${submit === true ? "submitted" : "drafted"}=${result.data?.id}`);
}

export async function proposePersonMergeAction(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = personMergeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = z.string().min(1).max(100).optional().safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: "This form no longer matches a change; reload the page." };
  const result = await proposePersonMerge(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
