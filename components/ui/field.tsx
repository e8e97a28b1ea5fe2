import type { ReactNode } from "react";

type FieldProps = { id: string; label: string; error?: string; hint?: string; children: ReactNode };

// A labelled control with its hint and error; the control itself sets aria-invalid and
// aria-describedby={`${id}-error`} so screen readers announce the message.
export function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

// The control's side of the pairing with <Field>: invalid state and the error's id.
export function fieldAria(id: string, error?: unknown) {
  return { "aria-invalid": !!error, "aria-describedby": `${id}-error` };
}

// The foot of every proposal form: submit for review, or keep it as a draft.
export function ProposalButtons({ isSubmitting, onSaveDraft }: { isSubmitting: boolean; onSaveDraft: () => void }) {
  return (
    <div className="row">
      <div className="shrink">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Submit for review"}
        </button>
      </div>
      <div className="shrink">
        <button type="button" className="secondary" disabled={isSubmitting} onClick={onSaveDraft}>
          Save draft
        </button>
      </div>
    </div>
  );
}
