import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { listSources } from "@/lib/source";
import { SOURCE_KIND_LABELS } from "@/lib/source-schema";
import { formatPartialDate } from "@/lib/partial-date";

export const metadata: Metadata = { title: "Sources" };

export default async function AdminSourcesPage() {
  await requirePermission("change:propose");
  const sources = await listSources();
  return (
    <>
      <h1>Sources</h1>
      <p>
        <Link className="button" href="/admin/sources/new">
          Register a source
        </Link>
      </p>
      <table className="data">
        <thead>
          <tr>
            <th>Source</th>
            <th>Kind</th>
            <th>Published</th>
            <th>Citations</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td>
                <Link href={`/sources/${source.id}`}>{source.title}</Link>
                {source.publisher && <div className="small muted">{source.publisher}</div>}
              </td>
              <td>{SOURCE_KIND_LABELS[source.kind]}</td>
              <td>{formatPartialDate(source.publishedOn)}</td>
              <td>{source._count.citations}</td>
              <td>
                <Link href={`/admin/sources/${source.id}/edit`} aria-label={`Correct ${source.title}`}>
                  Correct
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
