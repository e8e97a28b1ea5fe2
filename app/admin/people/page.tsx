import type { Metadata } from "next";
import Link from "next/link";
import { NameSearchForm } from "@/components/name-search-form";
import { requirePermission } from "@/lib/auth";
import { listPeopleForEditing } from "@/lib/person";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.trim() : "";
  const people = await listPeopleForEditing(query);
  return (
    <>
      <h1>People</h1>
      <p>
        <Link className="button" href="/admin/people/new">
          New person
        </Link>
      </p>
      <NameSearchForm action="/admin/people" label="Name, in any script or order" what="a person" query={query} />
      <h2>{query ? `Found for “${query}”` : "Recently changed"}</h2>
      {people.length === 0 ? (
        <p className="muted">{query ? "No person has a name starting so." : "No people recorded yet."}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Person</th>
              <th>Positions</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link href={`/people/${person.slug}`}>{person.name}</Link>
                </td>
                <td>{person._count.positions}</td>
                <td>
                  <Link href={`/admin/people/${person.id}/edit`} aria-label={`Edit ${person.name}`}>
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
