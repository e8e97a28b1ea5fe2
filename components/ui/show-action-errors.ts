import { unstable_rethrow } from "next/navigation";
import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

export const SAVE_FAILED =
  "This could not be saved: the server failed or could not be reached. What you typed is still here; try again in a moment.";

// A server action that redirects rejects its promise with Next's navigation signal: the
// change was saved and the page moves on. unstable_rethrow throws exactly those signals.
export function isNextNavigation(error: unknown): boolean {
  try {
    unstable_rethrow(error);
    return false;
  } catch {
    return true;
  }
}

// A server action's answer. One that fails on the server, or never reaches it, rejects inside
// an event handler, where no error boundary sees it: it answers as a refusal at the top of
// the form instead, so the click is not met with nothing. A redirect after saving goes on.
export async function answerOf<T>(pending: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await pending;
  } catch (error) {
    if (isNextNavigation(error)) throw error;
    console.error(error);
    return { ok: false, formError: SAVE_FAILED };
  }
}

// Puts a server action's refusal where it happened: each field's message at its field,
// anything else at the top of the form. What the user typed stays in the form.
export function showActionErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>) {
  if (result.ok) return;
  for (const [path, message] of Object.entries(result.fieldErrors ?? {})) setError(path as FieldPath<T>, { message });
  if (result.formError) setError("root", { message: result.formError });
}
