import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { requirePermission } from "@/lib/auth";
import { listOrganisationsForEditing } from "@/lib/organisation";
import { ORGANISATION_KIND_CHOICES } from "@/lib/organisation-schema";
import { countryName } from "@/lib/countries";

export const metadata: Metadata = { title: "Organisations" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const query = listQuery((await searchParams).q);
  const organisations = await listOrganisationsForEditing(query);
  return (
    <EditorList
      heading="Organisations"
      create={{ href: "/admin/organisations/new", label: "New organisation" }}
      search={{ action: "/admin/organisations", label: "Name, in any script", what: "an organisation" }}
      query={query}
      empty={{ found: "No organisation has a name starting so.", none: "No organisations recorded yet." }}
      columns={["Organisation", "Kind", "Country"]}
      rows={organisations.map((organisation) => ({
        id: organisation.id,
        name: organisation.name,
        publicPath: `/organisations/${organisation.slug}`,
        editPath: `/admin/organisations/${organisation.id}/edit`,
        cells: [ORGANISATION_KIND_CHOICES[organisation.kind], countryName(organisation.country)],
      }))}
    />
  );
}
