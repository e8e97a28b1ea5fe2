import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
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
      <Form action="/admin/people" className="row" aria-label="Find a person">
        <div className="field">
          <label htmlFor="q">Name, in any script or order</label>
          <input id="q" name="q" type="search" defaultValue={query} />
        </div>
        <div className="shrink">
          <button type="submit">Find</button>
        </div>
      </Form>
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
