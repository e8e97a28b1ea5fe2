"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { placeMergeSchema, placeRemovalSchema, placeSchema } from "@/lib/place-schema";
import { proposePlace, proposePlaceMerge, proposePlaceRemoval } from "@/lib/place";
import { proposeRestore } from "@/lib/revision";

// `baseVersion`: the version of the place the form opened.
const targetSchema = z.object({
  placeId: z.string().max(40).optional(),
  changeId: z.string().max(40).optional(),
  baseVersion: z.number().int().positive().optional(),
});

// The id of the author's own change this form revises, when it revises one.
const changeIdSchema = z.string().min(1).max(100).optional();
const NO_SUCH_CHANGE = "This form no longer matches a change; reload the page.";

// Saves the place form as a draft or submits it for review. The target (new place, edit
// of a published place, or revision of a change) comes from the client, so lib/place.ts
// checks it belongs to this user before using it.
export async function savePlaceProposal(target: unknown, input: unknown, submit: boolean): Promise<ActionResult> {
  const user = await requireUser();
  const parsedTarget = targetSchema.safeParse(target);
  if (!parsedTarget.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const parsed = placeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposePlace(user, parsed.data, parsedTarget.data, submit === true);
  if (!result.ok) return result;
  redirect(`/admin/changes?${submit === true ? "submitted" : "drafted"}=${result.data?.id}`);
}

const restoreSchema = z.object({ placeId: z.string().min(1).max(100), version: z.number().int().positive() });

// Restoring an old version proposes it as a new change, reviewed like any other.
export async function restorePlaceVersion(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = restoreSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "Unknown version." };
  const result = await proposeRestore(user, "PLACE", parsed.data.placeId, parsed.data.version);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}

export async function proposeRemoval(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = placeRemovalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposePlaceRemoval(user, parsed.data.recordId, parsed.data.reason, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}

export async function proposeMerge(input: unknown, changeId?: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = placeMergeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const { recordId, intoId, reason } = parsed.data;
  const result = await proposePlaceMerge(user, recordId, intoId, reason, parsedChangeId.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
