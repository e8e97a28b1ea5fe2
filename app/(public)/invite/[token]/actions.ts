"use server";

import { redirect } from "next/navigation";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { invitationAcceptanceSchema } from "@/lib/user-schema";
import { acceptInvitation } from "@/lib/invitation";

// Public, as the sign-in form is: the invited colleague has no session yet. The token in
// their link is what says who they are, and lib/invitation.ts checks it before anything.
export async function acceptInvitationAction(input: unknown): Promise<ActionResult> {
  const parsed = invitationAcceptanceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await acceptInvitation(parsed.data);
  if (!result.ok) return result;
  redirect("/invite/accepted");
}
