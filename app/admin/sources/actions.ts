"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { sourceDetailsSchema, sourceSchema, type SourceDetails, type SourceInput } from "@/lib/source-schema";
import { proposeSource, proposeSourceEdit, type ExistingSource } from "@/lib/source";

// The id of the author's own change this form revises, when it revises one.
const changeIdSchema = z.string().min(1).max(100).optional();
const sourceIdSchema = z.string().min(1).max(100);
// The version of the source the edit form opened.
const baseVersionSchema = z.number().int().positive().optional();
const NO_SUCH_CHANGE = "This form no longer matches a change; reload the page.";

// A known source (same address or same text) is returned rather than registered again.
export async function registerSource(input: unknown, changeId?: unknown): Promise<ActionResult<{ existing: ExistingSource }>> {
  const user = await requireUser();
  const parsed = sourceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const parsedChangeId = changeIdSchema.safeParse(changeId);
  if (!parsedChangeId.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposeSource(user, parsed.data, parsedChangeId.data);
  if (!result.ok) return result;
  if (!result.data) return { ok: false, formError: "The source could not be registered." };
  if ("existing" in result.data) return { ok: true, data: { existing: result.data.existing } };
  redirect(`/admin/changes?submitted=${result.data.changeId}`);
}

export async function proposeSourceEditAction(
  sourceId: unknown,
  input: unknown,
  changeId?: unknown,
  baseVersion?: unknown,
): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = sourceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const target = [
    sourceIdSchema.safeParse(sourceId),
    changeIdSchema.safeParse(changeId),
    baseVersionSchema.safeParse(baseVersion),
  ] as const;
  return proposeCorrection(user, parsed.data, ...target);
}

// The correction of a source whose text is longer than the form holds: its details only,
// the text kept as stored.
export async function proposeSourceDetailsEditAction(
  sourceId: unknown,
  input: unknown,
  changeId?: unknown,
  baseVersion?: unknown,
): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = sourceDetailsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const target = [
    sourceIdSchema.safeParse(sourceId),
    changeIdSchema.safeParse(changeId),
    baseVersionSchema.safeParse(baseVersion),
  ] as const;
  return proposeCorrection(user, parsed.data, ...target);
}

// The source, the author's change it revises and the version the form opened, as each
// action parsed them.
type Parsed<T> = z.ZodSafeParseResult<T>;

async function proposeCorrection(
  user: SessionUser,
  details: SourceInput | SourceDetails,
  sourceId: Parsed<string>,
  changeId: Parsed<string | undefined>,
  baseVersion: Parsed<number | undefined>,
): Promise<ActionResult> {
  if (!sourceId.success) return { ok: false, formError: "Unknown source." };
  if (!changeId.success || !baseVersion.success) return { ok: false, formError: NO_SUCH_CHANGE };
  const result = await proposeSourceEdit(user, sourceId.data, details, { changeId: changeId.data, baseVersion: baseVersion.data });
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
