import type { Metadata } from "next";
import Link from "next/link";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";
import { requireUser } from "@/lib/auth";
import { listMyChanges } from "@/lib/change-request";
import { ChangeStatusTag } from "@/components/change-status-tag";
import { formatTimestamp } from "@/lib/partial-date";

export const metadata: Metadata = { title: "My changes" };

type Props = { searchParams: Promise<{ submitted?: string; drafted?: string; after?: string; before?: string }> };

export default async function MyChangesPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const { submitted, drafted } = params;
  const { rows: changes, previous, next } = await listMyChanges(user, pageRequest(params));
  return (
    <>
      <h1>My changes</h1>
      {submitted && (
        <p className="notice" role="status">
          Submitted for review. It becomes public once a reviewer approves it.
        </p>
      )}
      {drafted && (
        <p className="notice" role="status">
          Draft saved. Submit it for review when it is ready.
        </p>
      )}
      {changes.length === 0 ? (
        <p className="muted">You have not proposed any changes yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Change</th>
              <th>Status</th>
              <th>Submitted</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.id}>
                <td>
                  <Link href={`/admin/changes/${change.id}`}>{change.title}</Link>
                </td>
                <td>
                  <ChangeStatusTag status={change.status} />
                </td>
                <td>{formatTimestamp(change.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PageLinks href={(cursor) => listHref("/admin/changes", cursor)} previous={previous} next={next} />
    </>
  );
}
