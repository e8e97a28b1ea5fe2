"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { fieldErrorsFrom, type ActionResult } from "@/lib/action-result";
import { listUploadSchema, resolutionChoicesSchema } from "@/lib/import-run-schema";
import { matchImportRun, proposeImportRun, startImportRun, submitImportRun } from "@/lib/import-runs";

// Reads and stores the uploaded list; matching it runs after the response, and the run's
// page shows how far it has got.
export async function uploadListAction(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsed = listUploadSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await startImportRun(user, parsed.data);
  if (!result.ok) return result;
  const id = result.data!.id;
  after(() => matchImportRun(id));
  redirect(`/admin/imports/${id}`);
}

// Keeps the editor's choices for the ambiguous places and proposes the list with them, after
// the response: the page follows its progress.
export async function submitImportAction(input: unknown): Promise<ActionResult> {
  const user = await requirePermission("change:propose");
  const parsed = resolutionChoicesSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const result = await submitImportRun(user, parsed.data);
  if (!result.ok) return result;
  after(() => proposeImportRun(parsed.data.runId));
  redirect(`/admin/imports/${parsed.data.runId}`);
}
