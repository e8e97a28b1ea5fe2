import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { listImportRuns } from "@/lib/import-runs";
import { formatTimestamp } from "@/lib/partial-date";
import { ImportUploadForm } from "@/components/import-upload-form";
import { ImportStatusTag } from "@/components/import-status-tag";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Import the twin-cities list" };

export default async function ImportsPage() {
  const user = await requirePermission("change:propose");
  const runs = await listImportRuns(user);
  return (
    <>
      <h1>Import the twin-cities list</h1>
      <p className="muted">
        Upload Wikipedia&apos;s list of twin towns and sister cities as CSV. Amity matches its cities to the places it records, asks you
        about those it cannot tell apart, and proposes the ties it does not have yet as change requests for review, each citing its row of
        the list. Uploading a newer list again proposes only what is new.
      </p>
      <ImportUploadForm />
      <h2>Your imports</h2>
      {runs.length === 0 ? (
        <p className="muted">You have not imported a list yet.</p>
      ) : (
        <TableScroll label="Your imports">
          <table>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Uploaded</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>
                    <Link href={`/admin/imports/${run.id}`}>{run.fileName}</Link>
                  </td>
                  <td>{formatTimestamp(run.createdAt)}</td>
                  <td>
                    <ImportStatusTag status={run.status} isStalled={run.isStalled} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
