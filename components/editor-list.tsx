import type { ReactNode } from "react";
import Link from "next/link";
import { NameSearchForm } from "@/components/name-search-form";

// The query of an editors' list, from its address (`?q=`).
export function listQuery(q: string | string[] | undefined): string {
  return typeof q === "string" ? q.trim() : "";
}

export type EditorListRow = { id: string; name: string; publicPath: string; editPath: string; cells: ReactNode[] };

type Props = {
  heading: string;
  create: { href: string; label: string };
  search: { action: string; label: string; what: string };
  query: string;
  // The heading of the list before any search, saying its order ("All places, A–Z").
  browsing: string;
  // What an empty list says: after a search, and with nothing recorded at all.
  empty: { found: string; none: string };
  // Headings of the columns between the record's name and its Edit link.
  columns: string[];
  rows: EditorListRow[];
};

// An editors' list of one kind of record: a new-record button, the search box, and the
// records found (or, before a search, a page of them all), each linked to its public page
// and its edit page. The page links (components/page-links.tsx) go under it.
export function EditorList({ heading, create, search, query, browsing, empty, columns, rows }: Props) {
  return (
    <>
      <h1>{heading}</h1>
      <p>
        <Link className="button" href={create.href}>
          {create.label}
        </Link>
      </p>
      <NameSearchForm {...search} query={query} />
      <h2>{query ? `Found for “${query}”` : browsing}</h2>
      {rows.length === 0 ? (
        <p className="muted">{query ? empty.found : empty.none}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column}>{column}</th>
              ))}
              <th>
                <span className="visually-hidden">Edit</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={row.publicPath} prefetch={false}>
                    {row.name}
                  </Link>
                </td>
                {row.cells.map((cell, i) => (
                  <td key={columns[i + 1]}>{cell}</td>
                ))}
                <td>
                  <Link href={row.editPath} aria-label={`Edit ${row.name}`}>
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
