import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { countAwaitingReview, decisionNotice, listQueueAuthors, listReviewQueue } from "@/lib/review-queue";
import { RECORD_TYPE_LABELS } from "@/lib/claim-pages";
import { EDITABLE_KINDS, isEditableKind } from "@/lib/record-kinds";
import { formatTimestamp } from "@/lib/partial-date";
import { OutOfDateTag } from "@/components/out-of-date-tag";
import { LabelOptions } from "@/components/label-options";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ type?: string; author?: string; decided?: string; after?: string; before?: string }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const user = await requirePermission("change:review");
  const params = await searchParams;
  const { type, author, decided } = params;
  const recordType = type && isEditableKind(type) ? type : undefined;
  const [{ rows: changes, previous, next }, authors, waiting, decision] = await Promise.all([
    listReviewQueue(user, { recordType, authorId: author || undefined }, pageRequest(params)),
    listQueueAuthors(),
    countAwaitingReview(user),
    typeof decided === "string" && decided ? decisionNotice(user, decided) : null,
  ]);
  const pageHref = (cursor: { after?: string; before?: string }) => listHref("/admin/review", { type: recordType, author, ...cursor });
  return (
    <>
      <h1>Review queue</h1>
      {decision && (
        <p className="notice" role="status">
          {decision}
        </p>
      )}
      <form className="row card" method="get" aria-label="Filter the queue">
        <div className="field">
          <label htmlFor="type">Record type</label>
          <select id="type" name="type" defaultValue={recordType ?? ""}>
            <option value="">All</option>
            <LabelOptions labels={RECORD_TYPE_LABELS} only={EDITABLE_KINDS} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="author">Author</label>
          <select id="author" name="author" defaultValue={author ?? ""}>
            <option value="">Anyone</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="shrink">
          <button type="submit" className="secondary">
            Filter
          </button>
        </div>
      </form>
      {changes.length === 0 ? (
        <p className="muted">Nothing waits for review.</p>
      ) : (
        <table className="data" style={{ marginTop: "1rem" }}>
          <thead>
            <tr>
              <th>Change</th>
              <th>Author</th>
              <th>Submitted</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.id}>
                <td>
                  <Link href={`/admin/review/${change.id}`}>{change.title}</Link>
                  {change.author.id === user.id && <span className="tag"> yours</span>}
                  {change.isOutOfDate && (
                    <>
                      {" "}
                      <OutOfDateTag />
                    </>
                  )}
                </td>
                <td>{change.author.name}</td>
                <td>{formatTimestamp(change.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PageLinks href={pageHref} previous={previous} next={next} summary={`${waiting.toLocaleString("en")} awaiting your review`} />
    </>
  );
}
