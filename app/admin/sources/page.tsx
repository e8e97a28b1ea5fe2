import type { Metadata } from "next";
import Link from "next/link";
import { listQuery } from "@/components/editor-list";
import { NameSearchForm } from "@/components/name-search-form";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";
import { requirePermission } from "@/lib/auth";
import { listSources } from "@/lib/source";
import { SOURCE_KIND_LABELS } from "@/lib/source-schema";
import { formatPartialDate } from "@/lib/partial-date";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<{ q?: string | string[]; after?: string; before?: string }> };

export default async function AdminSourcesPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const params = await searchParams;
  const query = listQuery(params.q);
  const { rows: sources, previous, next } = await listSources(query, pageRequest(params));
  return (
    <>
      <h1>Sources</h1>
      <p>
        <Link className="button" href="/admin/sources/new">
          Register a source
        </Link>
      </p>
      <NameSearchForm action="/admin/sources" label="A word of the title" what="a source" query={query} />
      <h2>{query ? `Found for “${query}”` : "All sources, A–Z"}</h2>
      {sources.length === 0 ? (
        <p className="muted">{query ? "No source has a title with a word starting so." : "No sources registered yet."}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Source</th>
              <th>Kind</th>
              <th>Published</th>
              <th>Citations</th>
              <th>
                <span className="visually-hidden">Correct</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <td>
                  <Link href={`/sources/${source.id}`} prefetch={false}>
                    {source.title}
                  </Link>
                  {source.publisher && <div className="small muted">{source.publisher}</div>}
                </td>
                <td>{SOURCE_KIND_LABELS[source.kind]}</td>
                <td>{formatPartialDate(source.publishedOn)}</td>
                <td>{source.citations}</td>
                <td>
                  <Link href={`/admin/sources/${source.id}/edit`} aria-label={`Correct ${source.title}`}>
                    Correct
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PageLinks href={(cursor) => listHref("/admin/sources", cursor)} previous={previous} next={next} />
    </>
  );
}
