import type { ReviewNote } from "@/lib/awaiting";
import { formatTimestamp } from "@/lib/partial-date";

// What reviewers said about a returned change, each comment with the field it is about.
export function ReviewNoteList({ notes, label }: { notes: ReviewNote[]; label: string }) {
  return (
    <ul className="comments" aria-label={label}>
      {notes.map((note) => (
        <li key={note.id}>
          <div className="small muted">
            {note.author} · {formatTimestamp(note.createdAt)}
            {note.fieldLabel && (
              <>
                {" "}
                · on <strong>{note.fieldLabel}</strong>
              </>
            )}
          </div>
          <div>{note.body}</div>
        </li>
      ))}
    </ul>
  );
}
