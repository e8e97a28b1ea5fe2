import "server-only";
import { freeSlug, slugify } from "@/lib/names";
import { indexRecordTitle } from "@/lib/search-index";
import { delegationTag, eventTag, EVENTS_TAG, organisationTag, placeTag } from "@/lib/cache-tags";
import { EVENT_FIELD_LABELS, EVENT_KIND_CHOICES, eventKeyClaims, storedEventSchema, type EventInput } from "@/lib/event-schema";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";

// What the event links to that is not published (missing or retired), by field: checked
// when proposing (at the field) and again when applying, since a place may be retired
// in between.
export async function unpublishedLinks(
  tx: Tx,
  { places, organisers, delegationId }: Pick<EventInput, "places" | "organisers" | "delegationId">,
) {
  const live = { retiredAt: null } as const;
  const [foundPlaces, foundOrganisers, delegations] = await Promise.all([
    tx.place.findMany({ where: { id: { in: places }, ...live }, select: { id: true } }),
    tx.organisation.findMany({ where: { id: { in: organisers }, ...live }, select: { id: true } }),
    delegationId ? tx.delegation.count({ where: { id: delegationId, ...live } }) : 1,
  ]);
  const missing = (ids: string[], found: { id: string }[]) => ids.filter((id) => !found.some((row) => row.id === id));
  return { places: missing(places, foundPlaces), organisers: missing(organisers, foundOrganisers), delegation: delegations === 0 };
}

async function refuseBrokenLinks(tx: Tx, content: EventInput) {
  const broken = await unpublishedLinks(tx, content);
  const what =
    broken.places.length > 0 ? "a place" : broken.organisers.length > 0 ? "an organiser" : broken.delegation ? "the delegation" : null;
  if (what) throw new RecordRefused(`${content.name}: ${what} is no longer published; choose another.`);
}

async function uniqueSlug(tx: Tx, content: EventInput): Promise<string> {
  const base = slugify(content.name) || "event";
  const rows = await tx.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return freeSlug(base, content.startOn ? [content.startOn.slice(0, 4)] : [], new Set(rows.map((row) => row.slug)));
}

function eventColumns({ name, kind, startOn, endOn, isRecurring, delegationId, summary }: EventInput) {
  return { name, kind, startOn: startOn || null, endOn: endOn || null, isRecurring, delegationId, summary: summary || null };
}

// The lists are kept in the source's order. Citations of places and organisers are on the
// event's "places" and "organisers" claims, not on the rows, so rows are simply rewritten.
async function saveLinks(tx: Tx, eventId: string, { places, organisers }: EventInput) {
  await tx.eventPlace.deleteMany({ where: { eventId } });
  await tx.eventOrganiser.deleteMany({ where: { eventId } });
  await tx.eventPlace.createMany({ data: places.map((placeId, sequence) => ({ eventId, placeId, sequence })) });
  await tx.eventOrganiser.createMany({ data: organisers.map((organisationId, sequence) => ({ eventId, organisationId, sequence })) });
}

const inOrder = [{ sequence: "asc" as const }, { id: "asc" as const }];
const withLinks = {
  places: { orderBy: inOrder, select: { placeId: true } },
  organisers: { orderBy: inOrder, select: { organisationId: true } },
} as const;

type StoredEvent = {
  name: string;
  kind: EventInput["kind"];
  startOn: string | null;
  endOn: string | null;
  isRecurring: boolean;
  delegationId: string | null;
  summary: string | null;
  places: { placeId: string }[];
  organisers: { organisationId: string }[];
};

function contentOf(event: StoredEvent): EventInput {
  const { name, kind, isRecurring, delegationId } = event;
  return {
    name,
    kind,
    startOn: event.startOn ?? "",
    endOn: event.endOn ?? "",
    isRecurring,
    places: event.places.map((row) => row.placeId),
    organisers: event.organisers.map((row) => row.organisationId),
    delegationId,
    summary: event.summary ?? "",
  };
}

export const eventRecord: RecordKind<EventInput, "EVENT"> = {
  recordType: "EVENT",
  label: "Event",
  fieldLabels: EVENT_FIELD_LABELS,
  valueLabels: { kind: EVENT_KIND_CHOICES },
  schema: storedEventSchema,
  titleOf: (content) => content.name,
  editPath: (id) => `/admin/events/${id}/edit`,
  keyClaims: eventKeyClaims,

  async listPublished(db) {
    const events = await db.event.findMany({ where: { retiredAt: null }, include: withLinks });
    return events.map((event) => ({ id: event.id, title: event.name, content: contentOf(event) }));
  },

  async load(tx, id) {
    const event = await tx.event.findFirst({ where: { id, retiredAt: null }, include: withLinks });
    if (!event) return null;
    return { version: event.version, title: event.name, content: contentOf(event), publicPath: `/events/${event.slug}` };
  },

  async create(tx, content) {
    await refuseBrokenLinks(tx, content);
    const slug = await uniqueSlug(tx, content);
    const { id } = await tx.event.create({ data: { ...eventColumns(content), slug }, select: { id: true } });
    await saveLinks(tx, id, content);
    await indexRecordTitle(tx, "EVENT", id);
    return id;
  },

  async update(tx, id, content) {
    await refuseBrokenLinks(tx, content);
    await tx.event.update({ where: { id }, data: { ...eventColumns(content), version: { increment: 1 } } });
    await saveLinks(tx, id, content);
    await indexRecordTitle(tx, "EVENT", id);
  },

  async retire(tx, id) {
    await tx.event.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
    await indexRecordTitle(tx, "EVENT", id);
  },

  // Its own page and the pages of its places, organisers and the delegation that attended.
  async affectedPages(tx, id, contents) {
    const placeIds = contents.flatMap((c) => c.places);
    const organisationIds = contents.flatMap((c) => c.organisers);
    const delegationIds = contents.flatMap((c) => (c.delegationId ? [c.delegationId] : []));
    const page = { select: { name: true, slug: true } } as const;
    const [self, places, organisations, delegations] = await Promise.all([
      id ? tx.event.findUnique({ where: { id }, select: { slug: true } }) : null,
      tx.place.findMany({ where: { id: { in: placeIds } }, ...page }),
      tx.organisation.findMany({ where: { id: { in: organisationIds } }, ...page }),
      tx.delegation.findMany({ where: { id: { in: delegationIds } }, select: { title: true, slug: true } }),
    ]);
    const name = (contents.at(-1) ?? contents[0]).name;
    return [
      self ? { title: name, path: `/events/${self.slug}` } : { title: `${name} (new page)`, path: "" },
      ...places.map((p) => ({ title: p.name, path: `/places/${p.slug}` })),
      ...organisations.map((o) => ({ title: o.name, path: `/organisations/${o.slug}` })),
      ...delegations.map((d) => ({ title: d.title, path: `/delegations/${d.slug}` })),
    ];
  },

  async referenceNames(tx, contents) {
    const placeIds = contents.flatMap((c) => c.places);
    const organisationIds = contents.flatMap((c) => c.organisers);
    const delegationIds = contents.flatMap((c) => (c.delegationId ? [c.delegationId] : []));
    const named = { select: { id: true, name: true } } as const;
    const [places, organisations, delegations] = await Promise.all([
      tx.place.findMany({ where: { id: { in: placeIds } }, ...named }),
      tx.organisation.findMany({ where: { id: { in: organisationIds } }, ...named }),
      tx.delegation.findMany({ where: { id: { in: delegationIds } }, select: { id: true, title: true } }),
    ]);
    return Object.fromEntries([...[...places, ...organisations].map((r) => [r.id, r.name]), ...delegations.map((d) => [d.id, d.title])]);
  },

  // Pages that link to an event carry its tag (lib/profile-links.ts); those of its places,
  // organisers and the delegation that attended list it.
  async publicTags(tx, id) {
    const event = await tx.event.findUnique({ where: { id }, include: withLinks });
    if (!event) return [EVENTS_TAG];
    return [
      EVENTS_TAG,
      eventTag(id),
      ...event.places.map((row) => placeTag(row.placeId)),
      ...event.organisers.map((row) => organisationTag(row.organisationId)),
      ...(event.delegationId ? [delegationTag(event.delegationId)] : []),
    ];
  },
};
