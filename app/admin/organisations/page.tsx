import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";
import { requirePermission } from "@/lib/auth";
import { listOrganisationsForEditing } from "@/lib/organisation";
import { ORGANISATION_KIND_CHOICES } from "@/lib/organisation-schema";
import { countryName } from "@/lib/countries";

export const metadata: Metadata = { title: "Organisations" };

type Props = { searchParams: Promise<{ q?: string | string[]; after?: string; before?: string }> };

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const params = await searchParams;
  const query = listQuery(params.q);
  const { rows: organisations, previous, next } = await listOrganisationsForEditing(query, pageRequest(params));
  return (
    <>
      <EditorList
        heading="Organisations"
        create={{ href: "/admin/organisations/new", label: "New organisation" }}
        search={{ action: "/admin/organisations", label: "Name, in any script", what: "an organisation" }}
        query={query}
        browsing="All organisations, A–Z"
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
      <PageLinks href={(cursor) => listHref("/admin/organisations", cursor)} previous={previous} next={next} />
    </>
  );
}
