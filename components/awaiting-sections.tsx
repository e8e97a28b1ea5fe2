import Link from "next/link";
import type { listAwaiting } from "@/lib/awaiting";
import { formatTimestamp } from "@/lib/partial-date";
import { ChangeStatusTag } from "@/components/change-status-tag";
import { ReviewNoteList } from "@/components/review-notes";

type Awaiting = Awaited<ReturnType<typeof listAwaiting>>;

// The author's changes a reviewer sent back, with what the reviewer said about each field.
export function ReturnedChanges({ changes }: { changes: Awaiting["returned"] }) {
  return (
    <section className="card stack-sm" id="returned" aria-labelledby="returned-heading">
      <h2 id="returned-heading">Returned to you ({changes.length})</h2>
      {changes.length === 0 && <p className="muted">No change of yours is waiting for your revision.</p>}
      {changes.map((change) => (
        <article key={change.id} className="stack-sm" aria-label={change.title}>
          <h3 style={{ margin: 0 }}>
            <Link href={`/admin/changes/${change.id}`}>{change.title}</Link> <ChangeStatusTag status={change.status} />
          </h3>
          <p className="small muted" style={{ margin: 0 }}>
            {change.reviewer ? `Returned by ${change.reviewer.name}` : "Returned"} on {formatTimestamp(change.decidedAt)}
          </p>
          {change.notes.length > 0 && <ReviewNoteList notes={change.notes} label={`The reviewer’s comments on ${change.title}`} />}
          <p style={{ margin: 0 }}>
            <Link className="button" href={`/admin/changes/${change.id}/edit`}>
              Revise and resubmit
            </Link>
          </p>
        </article>
      ))}
    </section>
  );
}

export function DraftChanges({ drafts }: { drafts: Awaiting["drafts"] }) {
  return (
    <section className="card" id="drafts" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Your drafts ({drafts.length})</h2>
      {drafts.length === 0 ? (
        <p className="muted">No drafts: everything you proposed has been submitted.</p>
      ) : (
        <ul>
          {drafts.map((draft) => (
            <li key={draft.id}>
              <Link href={`/admin/changes/${draft.id}`}>{draft.title}</Link>{" "}
              <span className="small muted">saved {formatTimestamp(draft.updatedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ChangesToReview({ count, oldest }: { count: number; oldest: Awaiting["toReview"] }) {
  return (
    <section className="card" id="to-review" aria-labelledby="to-review-heading">
      <h2 id="to-review-heading">Awaiting your review ({count})</h2>
      {count === 0 ? (
        <p className="muted">No changes by others await review.</p>
      ) : (
        <ul>
          {oldest.map((change) => (
            <li key={change.id}>
              <Link href={`/admin/review/${change.id}`}>{change.title}</Link>{" "}
              <span className="small muted">
                by {change.author.name}, submitted {formatTimestamp(change.submittedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/admin/review">Open the review queue</Link>
      </p>
    </section>
  );
}
