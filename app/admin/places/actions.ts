"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { placeSchema } from "@/lib/place-schema";
import { proposePlace } from "@/lib/place";

const targetSchema = z.object({ placeId: z.string().optional(), changeId: z.string().optional() });

// Saves the place form as a draft or submits it for review. The target (new place, edit
// of a published place, or revision of a change) comes from the client, so lib/place.ts
// checks it belongs to this user before using it.
export async function savePlaceProposal(target: unknown, input: unknown, submit: boolean): Promise<ActionResult> {
  const user = await requireUser();
  const parsedTarget = targetSchema.safeParse(target);
  if (!parsedTarget.success) return { ok: false, formError: "This form no longer matches a change; reload the page." };
  const parsed = placeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposePlace(user, parsed.data, parsedTarget.data, submit === true);
  if (!result.ok) return result;
  redirect(`/admin/changes?${submit ? "submitted" : "drafted"}=${result.data?.id}`);
}
