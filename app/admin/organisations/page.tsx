import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { listOrganisationsForEditing } from "@/lib/organisation";
import { ORGANISATION_KIND_CHOICES } from "@/lib/organisation-schema";
import { countryName } from "@/lib/countries";

export const metadata: Metadata = { title: "Organisations" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.trim() : "";
  const organisations = await listOrganisationsForEditing(query);
  return (
    <>
      <h1>Organisations</h1>
      <p>
        <Link className="button" href="/admin/organisations/new">
          New organisation
        </Link>
      </p>
      <Form action="/admin/organisations" className="row" aria-label="Find an organisation">
        <div className="field">
          <label htmlFor="q">Name, in any script</label>
          <input id="q" name="q" type="search" defaultValue={query} />
        </div>
        <div className="shrink">
          <button type="submit">Find</button>
        </div>
      </Form>
      <h2>{query ? `Found for “${query}”` : "Recently changed"}</h2>
      {organisations.length === 0 ? (
        <p className="muted">{query ? "No organisation has a name starting so." : "No organisations recorded yet."}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Organisation</th>
              <th>Kind</th>
              <th>Country</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <td>
                  <Link href={`/organisations/${organisation.slug}`}>{organisation.name}</Link>
                </td>
                <td>{ORGANISATION_KIND_CHOICES[organisation.kind]}</td>
                <td>{countryName(organisation.country)}</td>
                <td>
                  <Link href={`/admin/organisations/${organisation.id}/edit`} aria-label={`Edit ${organisation.name}`}>
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
