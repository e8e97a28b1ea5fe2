"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainText } from "@/lib/text-rules";
import { requireUser } from "@/lib/auth";
import type { ActionResult } from "@/lib/action-result";
import { submitDraft, withdrawChange } from "@/lib/change-request";
import { commentOnChange } from "@/lib/change-review";

const idSchema = z.string().min(1).max(100);
const commentSchema = plainText({ multiline: true }).min(1, "Write a comment first").max(4000, "At most 4,000 characters");

export async function withdrawChangeAction(changeId: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const id = idSchema.safeParse(changeId);
  if (!id.success) return { ok: false, formError: "Unknown change." };
  const result = await withdrawChange(user, id.data);
  if (result.ok) revalidatePath(`/admin/changes/${id.data}`);
  return result;
}

export async function submitDraftAction(changeId: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const id = idSchema.safeParse(changeId);
  if (!id.success) return { ok: false, formError: "Unknown change." };
  const result = await submitDraft(user, id.data);
  if (result.ok) revalidatePath(`/admin/changes/${id.data}`);
  return result;
}

export async function commentAction(changeId: unknown, body: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const id = idSchema.safeParse(changeId);
  const comment = commentSchema.safeParse(body);
  if (!id.success) return { ok: false, formError: "Unknown change." };
  if (!comment.success) return { ok: false, fieldErrors: { body: comment.error.issues[0].message } };
  const result = await commentOnChange(user, id.data, comment.data);
  if (!result.ok) return { ok: false, formError: result.formError };
  revalidatePath(`/admin/changes/${id.data}`);
  revalidatePath(`/admin/review/${id.data}`);
  return { ok: true };
}
