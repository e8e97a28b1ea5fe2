"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { sourceSchema } from "@/lib/source-schema";
import { proposeSource, proposeSourceEdit, type ExistingSource } from "@/lib/source";

// A known source (same address or same text) is returned rather than registered again.
export async function registerSource(input: unknown): Promise<ActionResult<{ existing: ExistingSource }>> {
  const user = await requireUser();
  const parsed = sourceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeSource(user, parsed.data);
  if (!result.ok || !result.data) return { ok: false, formError: "The source could not be registered." };
  if ("existing" in result.data) return { ok: true, data: { existing: result.data.existing } };
  redirect(`/admin/changes?submitted=${result.data.changeId}`);
}

export async function proposeSourceEditAction(sourceId: unknown, input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  if (typeof sourceId !== "string" || !sourceId) return { ok: false, formError: "Unknown source." };
  const parsed = sourceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await proposeSourceEdit(user, sourceId, parsed.data);
  if (!result.ok) return result;
  redirect(`/admin/changes?submitted=${result.data?.id}`);
}
