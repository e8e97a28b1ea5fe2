import "server-only";
import { cacheTag } from "next/cache";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PlaceLevel, TieKind } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { PLACES_TAG, TIES_TAG } from "@/lib/cache-tags";
import { findByName, inMatchOrder } from "@/lib/name-search";
import { keysetQuery, pageOf, PAGE_SIZE, type PageRequest } from "@/lib/keyset";

// The public directory of places (/places): a search in any script, facets, and keyset
// pages of fifty, so the page stays the same size whatever the size of the record.

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);

// Longer than any name. A longer search is cut to it rather than dropped, so the visitor gets
// what its start finds and the box shows what was searched (cut by characters, not UTF-16
// units, so no emoji or rare Han character is split in half).
export const SEARCH_LIMIT = 100;
const searchText = z
  .string()
  .transform((text) => Array.from(text.trim()).slice(0, SEARCH_LIMIT).join("").trim())
  .pipe(z.string().min(1));

// What the address asks for; anything malformed is dropped rather than refused, as a
// visitor may have typed or shortened it.
export const directoryFiltersSchema = z.object({
  q: optional(searchText),
  country: optional(z.string().regex(/^[A-Z]{2}$|^OTHER$/)),
  level: optional(z.enum(PlaceLevel)),
  kind: optional(z.enum(TieKind)),
  decade: optional(z.string().regex(/^\d{3}0$/)),
});

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;

const listed = {
  id: true,
  slug: true,
  name: true,
  country: true,
  level: true,
  names: { where: { kind: "NATIVE" as const, isPreferred: true, retiredAt: null }, select: { text: true, lang: true } },
  parent: { select: { name: true, level: true } },
};

const eitherSide = (tie: Prisma.TieWhereInput): Prisma.PlaceWhereInput => ({
  OR: [{ tiesAsA: { some: tie } }, { tiesAsB: { some: tie } }],
});

// "Its first tie was in the 1990s": a tie established in the decade and none before it.
function firstTieIn(decade: string): Prisma.PlaceWhereInput {
  const start = decade;
  const end = String(Number(decade) + 10);
  return {
    AND: [
      eitherSide({ retiredAt: null, establishedOn: { gte: start, lt: end } }),
      { NOT: eitherSide({ retiredAt: null, establishedOn: { lt: start } }) },
    ],
  };
}

function filtersWhere({ country, level, kind, decade }: DirectoryFilters): Prisma.PlaceWhereInput {
  return {
    AND: [{ retiredAt: null, country, level }, kind ? eitherSide({ retiredAt: null, kind }) : {}, decade ? firstTieIn(decade) : {}],
  };
}

// One page of the directory. A search lists the fifty best matches of the name; browsing
// lists every place matching the facets A–Z, a page at a time. Read per request (a page
// costs about what a cache lookup does, and filters have no end of combinations).
export async function listPlaceDirectory(filters: DirectoryFilters, request: PageRequest) {
  const where = filtersWhere(filters);
  if (filters.q) {
    const matches = await findByName(prisma, filters.q, { recordTypes: ["PLACE"], country: filters.country, limit: PAGE_SIZE * 2 });
    const rows = await prisma.place.findMany({ where: { AND: [where, { id: { in: matches.map((m) => m.recordId) } }] }, select: listed });
    return { rows: inMatchOrder(matches, rows).slice(0, PAGE_SIZE), previous: null, next: null };
  }
  const page = keysetQuery("name", request);
  const rows = await prisma.place.findMany({ where: { AND: [where, page.where] }, orderBy: page.orderBy, take: page.take, select: listed });
  return pageOf(rows, request, (place) => [place.name, place.id]);
}

// The facets' choices with how many published places each holds (countries, levels), and
// the kinds of tie and decades the record has.
export async function getDirectoryFacets() {
  "use cache";
  cacheTag(PLACES_TAG, TIES_TAG);
  const [countries, levels, kinds, first] = await Promise.all([
    prisma.place.groupBy({ by: ["country"], where: { retiredAt: null }, _count: { _all: true }, orderBy: { country: "asc" } }),
    prisma.place.groupBy({ by: ["level"], where: { retiredAt: null }, _count: { _all: true }, orderBy: { level: "asc" } }),
    prisma.tie.groupBy({ by: ["kind"], where: { retiredAt: null, kind: { not: null } }, orderBy: { kind: "asc" } }),
    prisma.tie.aggregate({
      where: { retiredAt: null, establishedOn: { not: null } },
      _min: { establishedOn: true },
      _max: { establishedOn: true },
    }),
  ]);
  const firstYear = Number(first._min.establishedOn?.slice(0, 4));
  const lastYear = Number(first._max.establishedOn?.slice(0, 4));
  const decades: string[] = [];
  if (firstYear && lastYear) for (let year = Math.floor(firstYear / 10) * 10; year <= lastYear; year += 10) decades.push(String(year));
  return {
    countries: countries.map((row) => ({ code: row.country, count: row._count._all })),
    levels: levels.map((row) => ({ level: row.level, count: row._count._all })),
    kinds: kinds.flatMap((row) => (row.kind ? [row.kind] : [])),
    decades,
  };
}
