import type { Metadata } from "next";
import Link from "next/link";
import { EditorList, listQuery } from "@/components/editor-list";
import { listHref, PageLinks } from "@/components/page-links";
import { requirePermission } from "@/lib/auth";
import { listPlacesForEditing } from "@/lib/place";
import { countryName } from "@/lib/countries";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import { pageRequest } from "@/lib/keyset";

export const metadata: Metadata = { title: "Places" };

type Props = { searchParams: Promise<{ q?: string | string[]; after?: string; before?: string }> };

export default async function AdminPlacesPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const params = await searchParams;
  const query = listQuery(params.q);
  const { rows: places, previous, next } = await listPlacesForEditing(query, pageRequest(params));
  return (
    <>
      <EditorList
        heading="Places"
        create={{ href: "/admin/places/new", label: "New place" }}
        search={{ action: "/admin/places", label: "Name, in any script", what: "a place" }}
        query={query}
        browsing="All places, A–Z"
        empty={{ found: "No place has a name starting so.", none: "No places recorded yet." }}
        columns={["Place", "Level", "Country", "History"]}
        rows={places.map((place) => ({
          id: place.id,
          name: place.name,
          publicPath: `/places/${place.slug}`,
          editPath: `/admin/places/${place.id}/edit`,
          cells: [
            PLACE_LEVEL_LABELS[place.level],
            countryName(place.country),
            <Link key="history" href={`/admin/places/${place.id}/history`} aria-label={`History of ${place.name}`}>
              History
            </Link>,
          ],
        }))}
      />
      <PageLinks href={(cursor) => listHref("/admin/places", cursor)} previous={previous} next={next} />
    </>
  );
}
