"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { invitationSchema, invitationWithdrawalSchema, newUserSchema, userRoleSchema, userStatusSchema } from "@/lib/user-schema";
import { changeRole, createUser, setDisabled } from "@/lib/user";
import { inviteColleague, withdrawInvitation } from "@/lib/invitation";
import type { Delivery } from "@/lib/mail";

// Only admins reach the parsing; each lib call checks again that the acting user may manage users.
export async function addUser(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("users:manage");
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await createUser(user, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  redirect(`/admin/users?created=${result.data?.id}`);
}

export async function saveUserRole(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("users:manage");
  const parsed = userRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await changeRole(user, parsed.data.userId, parsed.data.role);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function saveUserStatus(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("users:manage");
  const parsed = userStatusSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await setDisabled(user, parsed.data.userId, parsed.data.disabled);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

// No redirect: the link, when no mail was sent, is shown once, from this answer only.
export async function inviteColleagueAction(input: unknown): Promise<ActionResult<Delivery>> {
  const user = await requirePermission("users:manage");
  const parsed = invitationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await inviteColleague(user, parsed.data);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function withdrawInvitationAction(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("users:manage");
  const parsed = invitationWithdrawalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "Unknown invitation." };
  const result = await withdrawInvitation(user, parsed.data.invitationId);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
