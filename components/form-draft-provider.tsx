"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { PickedRecord } from "@/lib/record-picker-schema";

// What the server kept of this form for this user (lib/form-draft.ts), as the page loaded it.
export type KeptDraftProps = { values: Record<string, unknown>; picks: PickedRecord[]; savedAt: Date };

type DraftEvents = {
  restored: (savedAt: Date, undo: () => void) => void;
  saved: (savedAt: Date) => void;
  failed: (message: string) => void;
  discarded: () => void;
};

export type FormDraftScope = DraftEvents & {
  formKey: string;
  kept: KeptDraftProps | null;
  // The titles of the records the form's pickers show, kept with the draft.
  picks: Map<string, PickedRecord>;
};

const FormDraftContext = createContext<FormDraftScope | null>(null);

export const useFormDraftScope = () => useContext(FormDraftContext);

// For components/record-picker.tsx: a picked record's title, remembered with the draft.
export function useDraftPicks() {
  const scope = useContext(FormDraftContext);
  return useMemo(
    () => ({
      find: (id: string | null) => (id ? scope?.picks.get(id) : undefined),
      remember: (record: PickedRecord | null) => {
        if (record) scope?.picks.set(record.id, record);
      },
    }),
    [scope],
  );
}

// In the reader's own time zone: "24 Nov 2026, 14:05" and "14:05".
const moment = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

type Restored = { savedAt: Date; undo: () => void };

// Around one form (components/form-draft.tsx renders it): hands the form's hook
// (components/use-form-draft.ts) the kept draft, and says above the form what became of it.
export function FormDraftProvider({ formKey, kept, children }: { formKey: string; kept: KeptDraftProps | null; children: ReactNode }) {
  const [restored, setRestored] = useState<Restored | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // One map for the form's life, filled in as records are picked (never rendered from).
  const [picks] = useState(() => new Map(kept?.picks.map((record) => [record.id, record])));
  const scope = useMemo<FormDraftScope>(
    () => ({
      formKey,
      kept,
      picks,
      restored: (at, undo) => setRestored({ savedAt: at, undo }),
      saved: (at) => {
        setSavedAt(at);
        setProblem(null);
      },
      failed: setProblem,
      discarded: () => {
        setRestored(null);
        setSavedAt(null);
        setProblem(null);
      },
    }),
    [formKey, kept, picks],
  );

  return (
    <FormDraftContext.Provider value={scope}>
      <div className="form-draft-status" aria-live="polite">
        {restored && (
          <p className="notice">
            Restored from your draft of {moment.format(restored.savedAt)}.{" "}
            <button type="button" className="secondary" onClick={restored.undo}>
              Discard draft
            </button>
          </p>
        )}
        {/* The line is there before the first save, so that its words appearing mid-drag
            never move the form under the editor's mouse (a selection in the source's text). */}
        {problem ? (
          <p className="warning">{problem}</p>
        ) : (
          <p className="muted">{savedAt ? `Draft saved ${clock.format(savedAt)}` : "\u00a0"}</p>
        )}
      </div>
      {children}
    </FormDraftContext.Provider>
  );
}
