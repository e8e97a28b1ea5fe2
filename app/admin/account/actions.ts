"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { passwordChangeSchema } from "@/lib/user-schema";
import { changeOwnPassword } from "@/lib/user";

// Changing one's password ends every session, this one too: the next page is the sign-in.
export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await changeOwnPassword(user, parsed.data, await headers());
  if (!result.ok) return result;
  redirect("/login?passwordChanged=1");
}
