"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { ReviewNote } from "@/lib/awaiting";
import { ReviewNoteList } from "@/components/review-notes";

type Slot = { element: HTMLElement; noteId: string };

// The form control a comment on `field` is about. Each kind's form names its controls
// after its content's fields ("summary", "names.0.text", "tie.placeAId"), so the first
// control named after the field, or inside it, is the one.
function controlFor(form: HTMLElement, field: string): HTMLElement | null {
  const name = CSS.escape(field);
  const selectors = [`#${name}`, `[name="${name}"]`, `[name$=".${name}"]`, `[id^="${name}."]`, `[id^="${name}-"]`, `[name^="${name}."]`];
  for (const selector of selectors) {
    const control = form.querySelector<HTMLElement>(`${selector}:not([type="hidden"])`);
    if (control) return control;
  }
  return null;
}

// A place for the comment just above the control, inside its labelled field, which the
// control names as describing it, so a screen reader reads the comment with the field.
function slotBeside(control: HTMLElement, noteId: string): HTMLElement {
  const field = control.closest<HTMLElement>(".field, fieldset") ?? control.parentElement!;
  const before = [...field.children].find((child) => child.contains(control)) ?? null;
  const slot = document.createElement("div");
  field.insertBefore(slot, before);
  const described = control.getAttribute("aria-describedby");
  control.setAttribute("aria-describedby", described ? `${described} ${noteId}` : noteId);
  return slot;
}

function unslot(control: HTMLElement, { element, noteId }: Slot) {
  element.remove();
  const described = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== noteId);
  if (described.length > 0) control.setAttribute("aria-describedby", described.join(" "));
  else control.removeAttribute("aria-describedby");
}

// The revise form with the reviewers' comments: each one about a field beside that field,
// the rest (and any whose field the form does not show) above the form. The forms are each
// kind's own, so the comments are placed by the controls' names rather than by every form.
export function ReviewFieldNotes({ notes, children }: { notes: ReviewNote[]; children: ReactNode }) {
  const formRef = useRef<HTMLDivElement>(null);
  const [slots, setSlots] = useState<ReadonlyMap<string, Slot>>(new Map());

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const placed = new Map<string, Slot & { control: HTMLElement }>();
    for (const field of new Set(notes.flatMap((note) => (note.field ? [note.field] : [])))) {
      const control = controlFor(form, field);
      const noteId = `review-note-${field}`;
      if (control) placed.set(field, { element: slotBeside(control, noteId), noteId, control });
    }
    // The controls exist only once the form is in the page, so the comments move after.
    setSlots(placed);
    return () => placed.forEach(({ control, ...slot }) => unslot(control, slot));
  }, [notes]);

  const beside = (note: ReviewNote) => !!note.field && slots.has(note.field);
  const above = notes.filter((note) => !beside(note));
  const byField = new Map<string, ReviewNote[]>();
  for (const note of notes.filter(beside)) byField.set(note.field!, [...(byField.get(note.field!) ?? []), note]);
  return (
    <>
      {above.length > 0 && (
        <section className="stack-sm" aria-labelledby="review-notes" style={{ marginBottom: "1rem" }}>
          <h2 id="review-notes">The reviewer’s comments</h2>
          <ReviewNoteList notes={above} label="The reviewer’s comments" />
        </section>
      )}
      <div ref={formRef}>{children}</div>
      {[...byField].map(([field, fieldNotes]) =>
        createPortal(
          <div className="warning small" role="note" aria-label={`The reviewer’s comment on ${fieldNotes[0].fieldLabel}`}>
            {/* What the control's description reads: the words, not the note's label. */}
            <div id={slots.get(field)!.noteId} className="stack-sm">
              {fieldNotes.map((note) => (
                <p key={note.id} style={{ margin: 0 }}>
                  <strong>{note.author}:</strong> {note.body}
                </p>
              ))}
            </div>
          </div>,
          slots.get(field)!.element,
          field,
        ),
      )}
    </>
  );
}
