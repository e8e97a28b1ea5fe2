import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

// Puts a server action's refusal where it happened: each field's message at its field,
// anything else at the top of the form. What the user typed stays in the form.
export function showActionErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>) {
  if (result.ok) return;
  for (const [path, message] of Object.entries(result.fieldErrors ?? {})) setError(path as FieldPath<T>, { message });
  if (result.formError) setError("root", { message: result.formError });
}
