import "server-only";
import { insertRows } from "@/lib/bulk-insert";
import { findPossiblySame } from "@/lib/record-picker-search";
import { freeSlug, slugify } from "@/lib/names";
import { publishedNames, saveNames, saveNewNames } from "@/lib/record-names";
import { placeSchema, PLACE_FIELD_LABELS, PLACE_LEVEL_LABELS, type PlaceInput } from "@/lib/place-schema";
import { COUNTRY_LABELS } from "@/lib/countries";
import { placeSlugTag, placeTag, PLACES_TAG } from "@/lib/cache-tags";
import type { RecordKind, Tx } from "@/lib/record-kind";
import { newRecordId } from "@/lib/record-id";
import { mergePlace } from "@/lib/place-merge";
import { indexNewRecords, indexRecordNames } from "@/lib/search-index";
import { enforceMergeRules, enforceNewPlaceRules, enforcePlaceRules, enforceRemovalRules } from "@/lib/place-rules";

// A slug no other place (published or retired) has: the name, then the name and country.
async function uniqueSlug(tx: Tx, name: string, country: string): Promise<string> {
  const base = slugify(name) || "place";
  const rows = await tx.place.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return freeSlug(base, [country.toLowerCase()], new Set(rows.map((row) => row.slug)));
}

// uniqueSlug for many new places: one query for the slugs they would take first, another
// only for a place whose name and name-and-country are both taken.
async function uniqueSlugs(tx: Tx, contents: PlaceInput[]): Promise<string[]> {
  const wanted = contents.map((content) => {
    const base = slugify(content.name) || "place";
    return { base, qualifier: content.country.toLowerCase(), qualified: `${base}-${content.country.toLowerCase()}` };
  });
  const rows = await tx.place.findMany({ where: { slug: { in: wanted.flatMap((w) => [w.base, w.qualified]) } }, select: { slug: true } });
  const taken = new Set(rows.map((row) => row.slug));
  const slugs: string[] = [];
  for (const { base, qualifier, qualified } of wanted) {
    if (taken.has(base) && taken.has(qualified)) {
      const numbered = await tx.place.findMany({ where: { slug: { startsWith: `${qualified}-` } }, select: { slug: true } });
      for (const row of numbered) taken.add(row.slug);
    }
    const slug = freeSlug(base, [qualifier], taken);
    taken.add(slug);
    slugs.push(slug);
  }
  return slugs;
}

function placeColumns(content: PlaceInput) {
  return {
    name: content.name,
    country: content.country,
    level: content.level,
    parentId: content.parentId,
    latitude: content.latitude,
    longitude: content.longitude,
    summary: content.summary || null,
  };
}

export const placeRecord: RecordKind<PlaceInput, "PLACE"> = {
  recordType: "PLACE",
  label: "Place",
  fieldLabels: PLACE_FIELD_LABELS,
  valueLabels: { country: COUNTRY_LABELS, level: PLACE_LEVEL_LABELS },
  schema: placeSchema,
  titleOf: (content) => content.name,
  editPath: (id) => `/admin/places/${id}/edit`,
  keyClaims: () => [],

  async load(tx, id) {
    const place = await tx.place.findFirst({
      where: { id, retiredAt: null },
      include: { names: publishedNames },
    });
    if (!place) return null;
    const content: PlaceInput = {
      name: place.name,
      country: place.country,
      level: place.level,
      parentId: place.parentId,
      latitude: place.latitude,
      longitude: place.longitude,
      summary: place.summary ?? "",
      names: place.names,
    };
    return { version: place.version, title: place.name, content, publicPath: `/places/${place.slug}` };
  },

  async create(tx, content) {
    await enforcePlaceRules(tx, content);
    const slug = await uniqueSlug(tx, content.name, content.country);
    const place = await tx.place.create({
      data: { ...placeColumns(content), slug },
      select: { id: true },
    });
    await saveNames(tx, { placeId: place.id }, content.names);
    await indexRecordNames(tx, "PLACE", place.id);
    return place.id;
  },

  async createMany(tx, contents) {
    await enforceNewPlaceRules(tx, contents);
    const slugs = await uniqueSlugs(tx, contents);
    const rows = contents.map((content, i) => ({ id: newRecordId(), ...placeColumns(content), slug: slugs[i] }));
    const now = new Date();
    await insertRows(
      tx,
      "Place",
      rows.map((row) => ({ ...row, createdAt: now, updatedAt: now })),
    );
    const names = await saveNewNames(
      tx,
      rows.map((row, i) => ({ owner: { placeId: row.id }, names: contents[i].names })),
    );
    await indexNewRecords(
      tx,
      "PLACE",
      rows.map((row, i) => ({ id: row.id, name: row.name, country: row.country, names: names[i] })),
    );
    const neighbours = rows.flatMap((row) => (row.parentId ? [placeTag(row.parentId)] : []));
    return {
      records: rows.map((row, i) => ({ id: row.id, version: 1, content: { ...contents[i], summary: row.summary ?? "", names: names[i] } })),
      tags: [PLACES_TAG, ...rows.flatMap((row) => [placeTag(row.id), placeSlugTag(row.slug)]), ...neighbours],
    };
  },

  async update(tx, id, content) {
    await enforcePlaceRules(tx, content, id);
    await tx.place.update({
      where: { id },
      data: { ...placeColumns(content), version: { increment: 1 } },
    });
    await saveNames(tx, { placeId: id }, content.names);
    await indexRecordNames(tx, "PLACE", id);
  },

  async retire(tx, id) {
    await enforceRemovalRules(tx, id);
    await tx.place.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
    await indexRecordNames(tx, "PLACE", id);
  },

  // The names move to the place merged into, and are found under it from then on.
  async merge(tx, duplicateId, intoId) {
    await enforceMergeRules(tx, duplicateId, intoId);
    await mergePlace(tx, duplicateId, intoId);
    for (const id of [duplicateId, intoId]) await indexRecordNames(tx, "PLACE", id);
  },

  async affectedPages(tx, id, contents) {
    const parentIds = contents.flatMap((content) => (content.parentId ? [content.parentId] : []));
    const pageOf = { select: { name: true, slug: true } } as const;
    const [self, parents, ties] = await Promise.all([
      id ? tx.place.findUnique({ where: { id }, ...pageOf }) : null,
      tx.place.findMany({ where: { id: { in: parentIds } }, ...pageOf }),
      id ? tx.tie.findMany({ where: { OR: [{ placeAId: id }, { placeBId: id }] }, select: { placeA: pageOf, placeB: pageOf } }) : [],
    ]);
    const partners = ties.map((tie) => (tie.placeA.slug === self?.slug ? tie.placeB : tie.placeA));
    const page = (place: { name: string; slug: string }) => ({ title: place.name, path: `/places/${place.slug}` });
    const first = self ? page(self) : { title: `${contents.at(-1)?.name ?? "New place"} (new page)`, path: "" };
    return [first, ...parents.map(page), ...partners.map(page)];
  },

  possiblySame: (tx, content) => findPossiblySame(tx, { type: "PLACE", name: content.name, country: content.country }),

  async referenceNames(tx, contents) {
    const ids = contents.flatMap((content) => (content.parentId ? [content.parentId] : []));
    const places = await tx.place.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
    return Object.fromEntries(places.map((place) => [place.id, place.name]));
  },

  async publicTags(tx, id) {
    const place = await tx.place.findUnique({
      where: { id },
      select: {
        slug: true,
        parentId: true,
        tiesAsA: { select: { placeBId: true } },
        tiesAsB: { select: { placeAId: true } },
      },
    });
    if (!place) return [PLACES_TAG];
    const neighbours = [place.parentId, ...place.tiesAsA.map((t) => t.placeBId), ...place.tiesAsB.map((t) => t.placeAId)];
    return [PLACES_TAG, placeTag(id), placeSlugTag(place.slug), ...neighbours.flatMap((n) => (n ? [placeTag(n)] : []))];
  },
};
