import type { Metadata } from "next";
import Link from "next/link";
import { NameSearchForm } from "@/components/name-search-form";
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
      <NameSearchForm action="/admin/organisations" label="Name, in any script" what="an organisation" query={query} />
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
