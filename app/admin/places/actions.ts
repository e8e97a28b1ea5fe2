"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { placeSchema } from "@/lib/place-schema";
import { proposeNewPlace } from "@/lib/place";

export async function proposePlace(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = placeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeNewPlace(user, parsed.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
