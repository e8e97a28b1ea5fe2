import type { ReactNode } from "react";
import { formatTimestamp } from "@/lib/partial-date";

type Revision = {
  id: string;
  version: number;
  createdAt: Date;
  proposedBy: { name: string } | null;
  approvedBy: { name: string } | null;
  changeRequest: { title: string } | null;
};

// Who proposed and who approved each version, and when: the record's provenance.
export function RevisionList({ revisions, renderActions }: { revisions: Revision[]; renderActions?: (r: Revision) => ReactNode }) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th>Version</th>
          <th>Approved</th>
          <th>Proposed by</th>
          <th>Approved by</th>
          <th>Change</th>
          {renderActions && <th></th>}
        </tr>
      </thead>
      <tbody>
        {revisions.map((revision) => (
          <tr key={revision.id}>
            <td>{revision.version}</td>
            <td>{formatTimestamp(revision.createdAt)}</td>
            <td>{revision.proposedBy?.name ?? "—"}</td>
            <td>{revision.approvedBy?.name ?? "—"}</td>
            <td>{revision.changeRequest?.title ?? "Initial record"}</td>
            {renderActions && <td>{renderActions(revision)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
