import Link from "next/link";
import { formatTimestamp } from "@/lib/partial-date";

type PublishedVersion = {
  id: string;
  version: number;
  createdAt: Date;
  proposedBy: { name: string } | null;
  approvedBy: { name: string } | null;
};

type Props = { title: string; href: string; revisions: PublishedVersion[] };

// A record's public provenance: every published version, who proposed and who approved it.
// Not the change request's title: it may describe parts a reviewer has not approved.
export function RecordHistory({ title, href, revisions }: Props) {
  return (
    <>
      <p>
        <Link href={href}>← {title}</Link>
      </p>
      <h1>History of {title}</h1>
      {revisions.length === 0 ? (
        <p>No reviewed versions are recorded yet: this record was entered before changes went through review.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Version</th>
              <th>Approved</th>
              <th>Proposed by</th>
              <th>Approved by</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <td>{revision.version}</td>
                <td>{formatTimestamp(revision.createdAt)}</td>
                <td>{revision.proposedBy?.name ?? "—"}</td>
                <td>{revision.approvedBy?.name ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
