import type { Metadata } from "next";
import { Suspense } from "react";
import { directoryFiltersSchema, getDirectoryFacets, listPlaceDirectory } from "@/lib/place-directory";
import { pageRequest } from "@/lib/keyset";
import { findNearSpellings } from "@/lib/public-search";
import { DirectoryFilterForm, DirectoryResults } from "@/components/place-directory";
import { NearSpellings } from "@/components/search-hit-list";

export const metadata: Metadata = { title: "Places" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

async function Directory({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filters = directoryFiltersSchema.parse({
    q: single(params.q),
    country: single(params.country),
    level: single(params.level),
    kind: single(params.kind),
    decade: single(params.decade),
  });
  const [facets, page] = await Promise.all([
    getDirectoryFacets(),
    listPlaceDirectory(filters, pageRequest({ after: single(params.after), before: single(params.before) })),
  ]);
  // A name that finds nothing may be a letter or two off one that would; with other filters
  // set, the name may be right and the filters what leave it out.
  const otherFilters = filters.country || filters.level || filters.kind || filters.decade;
  const near = page.rows.length === 0 && filters.q && !otherFilters ? await findNearSpellings(filters.q, ["PLACE"]) : [];
  return (
    <>
      <DirectoryFilterForm filters={filters} facets={facets} />
      <h2>{filters.q ? `Places named “${filters.q}”` : "Places A–Z"}</h2>
      <DirectoryResults filters={filters} page={page} />
      <NearSpellings hits={near} />
    </>
  );
}

export default function PlacesPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1>Places</h1>
      <p className="lede">Provinces, prefectures, cities and districts with recorded ties.</p>
      <Suspense fallback={<p className="muted">Loading places…</p>}>
        <Directory searchParams={searchParams} />
      </Suspense>
    </>
  );
}
