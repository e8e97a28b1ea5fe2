import type { z } from "zod";

// What every server action returns for expected failures (STYLE.md): errors keyed by the
// form field's path ("names.0.text"), so the form shows each one where it happened.
export type FieldErrors = Record<string, string>;

export type ActionResult<T = undefined> = { ok: true; data?: T } | { ok: false; fieldErrors?: FieldErrors; formError?: string };

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "root";
    errors[path] ??= issue.message;
  }
  return errors;
}

export function invalid(fieldErrors: FieldErrors): ActionResult<never> {
  return { ok: false, fieldErrors };
}
