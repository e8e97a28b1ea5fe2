import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { listMyChanges } from "@/lib/change-request";
import { ChangeStatusTag } from "@/components/change-status-tag";

export const metadata: Metadata = { title: "My changes" };

type Props = { searchParams: Promise<{ submitted?: string }> };

export default async function MyChangesPage({ searchParams }: Props) {
  const user = await requireUser();
  const [changes, { submitted }] = await Promise.all([listMyChanges(user), searchParams]);
  return (
    <>
      <h1>My changes</h1>
      {submitted && <p className="notice" role="status">Submitted for review. It becomes public once a reviewer approves it.</p>}
      {changes.length === 0 ? (
        <p className="muted">You have not proposed any changes yet.</p>
      ) : (
        <table className="data">
          <thead><tr><th>Change</th><th>Status</th><th>Submitted</th></tr></thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.id}>
                <td>{change.title}</td>
                <td><ChangeStatusTag status={change.status} /></td>
                <td>{change.submittedAt?.toISOString().slice(0, 16).replace("T", " ") ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
