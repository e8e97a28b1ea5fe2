import "server-only";
import { findPossiblySame } from "@/lib/record-picker-search";
import { freeSlug, slugify } from "@/lib/names";
import { publishedNames, saveNames } from "@/lib/record-names";
import { indexRecordNames } from "@/lib/search-index";
import { COUNTRY_LABELS } from "@/lib/countries";
import { organisationTag, ORGANISATIONS_TAG, placeTag } from "@/lib/cache-tags";
import {
  organisationKeyClaims,
  organisationSchema,
  ORGANISATION_FIELD_LABELS,
  ORGANISATION_KIND_CHOICES,
  type OrganisationInput,
} from "@/lib/organisation-schema";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";

// Deeper than any real hierarchy (ministry ⊃ bureau ⊃ office …); a longer chain is a loop.
const MAX_DEPTH = 50;

async function uniqueSlug(tx: Tx, name: string, country: string | null): Promise<string> {
  const base = slugify(name) || "organisation";
  const rows = await tx.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return freeSlug(base, country ? [country.toLowerCase()] : [], new Set(rows.map((row) => row.slug)));
}

type BrokenLink = { field: "placeId" | "parentId"; message: string };

// What the content links to must be published, and an organisation may not end up inside
// itself, however many levels up. Checked when proposing (at the field) and again when
// applying, since the place or parent may have been retired in between.
export async function findBrokenLink(tx: Tx, id: string | null, content: OrganisationInput): Promise<BrokenLink | null> {
  if (content.placeId) {
    const place = await tx.place.findFirst({ where: { id: content.placeId, retiredAt: null }, select: { id: true } });
    if (!place) return { field: "placeId", message: "That place is no longer published; choose another." };
  }
  if (!content.parentId) return null;
  const parent = await tx.organisation.findFirst({ where: { id: content.parentId, retiredAt: null }, select: { id: true } });
  if (!parent) return { field: "parentId", message: "The organisation it is part of is no longer published; choose another." };
  for (let ancestorId: string | null = content.parentId, depth = 0; ancestorId; depth++) {
    if (ancestorId === id || depth > MAX_DEPTH) return { field: "parentId", message: "An organisation cannot be part of itself." };
    const ancestor: { parentId: string | null } | null = await tx.organisation.findUnique({
      where: { id: ancestorId },
      select: { parentId: true },
    });
    ancestorId = ancestor?.parentId ?? null;
  }
  return null;
}

async function refuseBrokenLinks(tx: Tx, id: string | null, content: OrganisationInput) {
  const broken = await findBrokenLink(tx, id, content);
  if (broken) throw new RecordRefused(`${content.name}: ${broken.message}`);
}

function organisationColumns(content: OrganisationInput) {
  return {
    name: content.name,
    kind: content.kind,
    country: content.country,
    placeId: content.placeId,
    parentId: content.parentId,
    summary: content.summary || null,
  };
}

const pageOf = { select: { name: true, slug: true } } as const;
const page = (organisation: { name: string; slug: string }) => ({ title: organisation.name, path: `/organisations/${organisation.slug}` });

export const organisationRecord: RecordKind<OrganisationInput, "ORGANISATION"> = {
  recordType: "ORGANISATION",
  label: "Organisation",
  fieldLabels: ORGANISATION_FIELD_LABELS,
  valueLabels: { kind: ORGANISATION_KIND_CHOICES, country: COUNTRY_LABELS },
  schema: organisationSchema,
  titleOf: (content) => content.name,
  editPath: (id) => `/admin/organisations/${id}/edit`,
  keyClaims: organisationKeyClaims,

  async listPublished(db) {
    const organisations = await db.organisation.findMany({ where: { retiredAt: null }, include: { names: publishedNames } });
    return organisations.map((organisation) => ({ id: organisation.id, title: organisation.name, content: contentOf(organisation) }));
  },

  async load(tx, id) {
    const organisation = await tx.organisation.findFirst({ where: { id, retiredAt: null }, include: { names: publishedNames } });
    if (!organisation) return null;
    const { version, name, slug } = organisation;
    return { version, title: name, content: contentOf(organisation), publicPath: `/organisations/${slug}` };
  },

  async create(tx, content) {
    await refuseBrokenLinks(tx, null, content);
    const slug = await uniqueSlug(tx, content.name, content.country);
    const { id } = await tx.organisation.create({ data: { ...organisationColumns(content), slug }, select: { id: true } });
    await saveNames(tx, { organisationId: id }, content.names);
    await indexRecordNames(tx, "ORGANISATION", id);
    return id;
  },

  async update(tx, id, content) {
    await refuseBrokenLinks(tx, id, content);
    await tx.organisation.update({ where: { id }, data: { ...organisationColumns(content), version: { increment: 1 } } });
    await saveNames(tx, { organisationId: id }, content.names);
    await indexRecordNames(tx, "ORGANISATION", id);
  },

  async retire(tx, id) {
    await tx.organisation.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
    await indexRecordNames(tx, "ORGANISATION", id);
  },

  // Its own page, the parents' pages that list it, and the pages of the bodies under it.
  async affectedPages(tx, id, contents) {
    const parentIds = contents.flatMap((content) => (content.parentId ? [content.parentId] : []));
    const [self, parents, children] = await Promise.all([
      id ? tx.organisation.findUnique({ where: { id }, ...pageOf }) : null,
      tx.organisation.findMany({ where: { id: { in: parentIds } }, ...pageOf }),
      id ? tx.organisation.findMany({ where: { parentId: id, retiredAt: null }, ...pageOf }) : [],
    ]);
    const first = self ? page(self) : { title: `${contents.at(-1)?.name ?? "New organisation"} (new page)`, path: "" };
    return [first, ...parents.map(page), ...children.map(page)];
  },

  possiblySame: (tx, content) => findPossiblySame(tx, { type: "ORGANISATION", name: content.name, country: content.country ?? undefined }),

  async referenceNames(tx, contents) {
    const placeIds = contents.flatMap((content) => (content.placeId ? [content.placeId] : []));
    const parentIds = contents.flatMap((content) => (content.parentId ? [content.parentId] : []));
    const named = { select: { id: true, name: true } } as const;
    const [places, parents] = await Promise.all([
      tx.place.findMany({ where: { id: { in: placeIds } }, ...named }),
      tx.organisation.findMany({ where: { id: { in: parentIds } }, ...named }),
    ]);
    return Object.fromEntries([...places, ...parents].map((record) => [record.id, record.name]));
  },

  // Pages that link to an organisation carry its tag (lib/profile-links.ts); its parent's
  // page lists it by name. The place it sits in is tagged too, like a place's neighbours.
  async publicTags(tx, id) {
    const organisation = await tx.organisation.findUnique({ where: { id }, select: { parentId: true, placeId: true } });
    if (!organisation) return [ORGANISATIONS_TAG];
    const { parentId, placeId } = organisation;
    return [
      ORGANISATIONS_TAG,
      organisationTag(id),
      ...(parentId ? [organisationTag(parentId)] : []),
      ...(placeId ? [placeTag(placeId)] : []),
    ];
  },
};

type StoredOrganisation = {
  name: string;
  kind: OrganisationInput["kind"];
  country: string | null;
  placeId: string | null;
  parentId: string | null;
  summary: string | null;
  names: OrganisationInput["names"];
};

function contentOf(organisation: StoredOrganisation): OrganisationInput {
  const { name, kind, country, placeId, parentId, summary, names } = organisation;
  return { name, kind, country, placeId, parentId, summary: summary ?? "", names };
}
