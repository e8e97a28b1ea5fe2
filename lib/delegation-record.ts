import "server-only";
import { DELEGATIONS_TAG, agreementTag, delegationTag, eventTag } from "@/lib/cache-tags";
import { freeSlug, slugify } from "@/lib/names";
import { formatPartialDate } from "@/lib/partial-date";
import { linkedTags } from "@/lib/profile-links";
import { indexRecordTitle } from "@/lib/search-index";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";
import {
  DELEGATION_FIELD_LABELS,
  DELEGATION_VALUE_LABELS,
  delegationKeyClaims,
  delegationSchema,
  type DelegationInput,
} from "@/lib/delegation-schema";
import { idsOf, linksOf, refuseBrokenLinks, type Link } from "@/lib/delegation-links";
import { saveDelegationRows } from "@/lib/delegation-rows";

async function uniqueSlug(tx: Tx, content: DelegationInput): Promise<string> {
  const base = slugify(content.title) || "delegation";
  const rows = await tx.delegation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return freeSlug(base, content.startOn ? [content.startOn.slice(0, 4)] : [], new Set(rows.map((row) => row.slug)));
}

function delegationColumns(content: DelegationInput) {
  const { title, leaderId, leaderPositionId, sendingPlaceId, sendingOrganisationId, itineraryOrdered } = content;
  return {
    title,
    leaderId,
    leaderPositionId,
    leaderTitle: content.leaderTitle || null,
    sendingPlaceId,
    sendingOrganisationId,
    startOn: content.startOn || null,
    endOn: content.endOn || null,
    purpose: content.purpose || null,
    itineraryOrdered,
    otherPlacesNote: content.otherPlacesNote || null,
  };
}

const entered = { orderBy: { id: "asc" } } as const;
const withRows = {
  members: entered,
  stops: { orderBy: [{ sequence: "asc" as const }, { id: "asc" as const }] },
  meetings: entered,
  siteVisits: entered,
  gifts: entered,
};

type Stored = NonNullable<Awaited<ReturnType<typeof findStored>>>;

function findStored(tx: Tx, id: string) {
  return tx.delegation.findFirst({ where: { id, retiredAt: null }, include: withRows });
}

// The content the form edits, read from the rows; each row keeps its id.
function contentOf(d: Stored): DelegationInput {
  const text = (value: string | null) => value ?? "";
  return {
    title: d.title,
    leaderId: d.leaderId,
    leaderPositionId: d.leaderPositionId,
    leaderTitle: text(d.leaderTitle),
    sendingPlaceId: d.sendingPlaceId,
    sendingOrganisationId: d.sendingOrganisationId,
    startOn: text(d.startOn),
    endOn: text(d.endOn),
    purpose: text(d.purpose),
    stops: d.stops.map((s) => ({ id: s.id, placeId: s.placeId, startOn: text(s.startOn), endOn: text(s.endOn) })),
    itineraryOrdered: d.itineraryOrdered,
    otherPlacesNote: text(d.otherPlacesNote),
    members: d.members.map((m) => ({ id: m.id, personId: m.personId, positionId: m.positionId, title: text(m.title) })),
    meetings: d.meetings.map((m) => ({
      id: m.id,
      personId: m.personId,
      organisationId: m.organisationId,
      placeId: m.placeId,
      counterpartTitle: text(m.counterpartTitle),
      occurredOn: text(m.occurredOn),
      summary: text(m.summary),
    })),
    siteVisits: d.siteVisits.map((v) => ({
      id: v.id,
      name: v.name,
      organisationId: v.organisationId,
      placeId: v.placeId,
      occurredOn: text(v.occurredOn),
    })),
    gifts: d.gifts.map((g) => ({
      id: g.id,
      description: g.description,
      fromId: g.fromPlaceId ?? g.fromOrganisationId,
      toId: g.toPlaceId ?? g.toOrganisationId,
      occurredOn: text(g.occurredOn),
    })),
  };
}

// "Nara Prefecture, June 2024"; "Han Deok-soo, Prime Minister · Seoul · June 2024".
function rowLines(content: DelegationInput, names: Record<string, string>): [string, string][] {
  const name = (id: string | null) =>
    id ? (names[id] ?? (id.startsWith("ref:") ? "a person new in this change" : "a removed record")) : null;
  const dates = (from: string, to: string) =>
    from && to && from !== to ? `${formatPartialDate(from)} – ${formatPartialDate(to)}` : formatPartialDate(from || to);
  const line = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" · ");
  return [
    ...content.stops.map((s) => [s, line(name(s.placeId), dates(s.startOn, s.endOn))] as const),
    ...content.members.map((m) => [m, line([name(m.personId), m.title].filter(Boolean).join(", "), name(m.positionId))] as const),
    ...content.meetings.map(
      (m) =>
        [
          m,
          line(
            [name(m.personId), m.counterpartTitle].filter(Boolean).join(", "),
            name(m.organisationId),
            name(m.placeId) && `in ${name(m.placeId)}`,
            formatPartialDate(m.occurredOn),
            m.summary,
          ),
        ] as const,
    ),
    ...content.siteVisits.map((v) => [v, line(v.name, name(v.organisationId), name(v.placeId), formatPartialDate(v.occurredOn))] as const),
    ...content.gifts.map(
      (g) =>
        [
          g,
          line(
            g.description,
            name(g.fromId) && `from ${name(g.fromId)}`,
            name(g.toId) && `to ${name(g.toId)}`,
            formatPartialDate(g.occurredOn),
          ),
        ] as const,
    ),
  ].map(([entry, text]) => [JSON.stringify(entry), text]);
}

export const delegationRecord: RecordKind<DelegationInput, "DELEGATION"> = {
  recordType: "DELEGATION",
  label: "Delegation",
  fieldLabels: DELEGATION_FIELD_LABELS,
  valueLabels: DELEGATION_VALUE_LABELS,
  schema: delegationSchema,
  titleOf: (content) => content.title,
  editPath: (id) => `/admin/delegations/${id}/edit`,
  keyClaims: delegationKeyClaims,

  async listPublished(db) {
    const delegations = await db.delegation.findMany({ where: { retiredAt: null }, include: withRows });
    return delegations.map((d) => ({ id: d.id, title: d.title, content: contentOf(d) }));
  },

  async load(tx, id) {
    const delegation = await findStored(tx, id);
    if (!delegation) return null;
    const content = contentOf(delegation);
    return { version: delegation.version, title: delegation.title, content, publicPath: `/delegations/${delegation.slug}` };
  },

  async create(tx, content) {
    await refuseBrokenLinks(tx, content);
    const slug = await uniqueSlug(tx, content);
    const { id } = await tx.delegation.create({ data: { ...delegationColumns(content), slug }, select: { id: true } });
    await saveDelegationRows(tx, id, content);
    await indexRecordTitle(tx, "DELEGATION", id);
    return id;
  },

  async update(tx, id, content) {
    await refuseBrokenLinks(tx, content);
    await tx.delegation.update({ where: { id }, data: { ...delegationColumns(content), version: { increment: 1 } } });
    await saveDelegationRows(tx, id, content);
    await indexRecordTitle(tx, "DELEGATION", id);
  },

  async retire(tx, id) {
    const delegation = await tx.delegation.findFirst({ where: { id, retiredAt: null }, select: { id: true } });
    if (!delegation) throw new RecordRefused("This delegation is no longer published.");
    await tx.delegation.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
    await indexRecordTitle(tx, "DELEGATION", id);
  },

  // Its own page, and the pages that list it: the places that sent or hosted it, the
  // people who led or joined it, the body that sent it.
  async affectedPages(tx, id, contents) {
    const placeIds = contents.flatMap((c) => [c.sendingPlaceId, ...c.stops.map((s) => s.placeId)]).filter((v): v is string => !!v);
    const personIds = contents.flatMap((c) => [c.leaderId, ...c.members.map((m) => m.personId)]).filter((v): v is string => !!v);
    const organisationIds = contents.flatMap((c) => (c.sendingOrganisationId ? [c.sendingOrganisationId] : []));
    const page = { select: { name: true, slug: true } } as const;
    const [self, places, people, organisations] = await Promise.all([
      id ? tx.delegation.findUnique({ where: { id }, select: { slug: true } }) : null,
      tx.place.findMany({ where: { id: { in: placeIds } }, ...page }),
      tx.person.findMany({ where: { id: { in: personIds } }, ...page }),
      tx.organisation.findMany({ where: { id: { in: organisationIds } }, ...page }),
    ]);
    const title = (contents.at(-1) ?? contents[0]).title;
    return [
      self ? { title, path: `/delegations/${self.slug}` } : { title: `${title} (new page)`, path: "" },
      ...places.map((p) => ({ title: p.name, path: `/places/${p.slug}` })),
      ...people.map((p) => ({ title: p.name, path: `/people/${p.slug}` })),
      ...organisations.map((o) => ({ title: o.name, path: `/organisations/${o.slug}` })),
    ];
  },

  // Ids name their records, and each row of a list reads as a line, keyed by the entry as
  // the diff shows it.
  async referenceNames(tx, contents) {
    const ids = contents.flatMap((content) => {
      const links = linksOf(content);
      return idsOf([...links.places, ...links.people, ...links.organisations, ...links.placesOrOrganisations]);
    });
    const positionIds = contents
      .flatMap((c) => [c.leaderPositionId, ...c.members.map((m) => m.positionId)])
      .filter((v): v is string => !!v);
    const where = { where: { id: { in: ids } }, select: { id: true, name: true } };
    const [places, people, organisations, positions] = await Promise.all([
      tx.place.findMany(where),
      tx.person.findMany(where),
      tx.organisation.findMany(where),
      tx.position.findMany({ where: { id: { in: positionIds } }, select: { id: true, title: true } }),
    ]);
    const names: Record<string, string> = Object.fromEntries([
      ...[...places, ...people, ...organisations].map((r) => [r.id, r.name]),
      ...positions.map((p) => [p.id, p.title]),
    ]);
    return { ...names, ...Object.fromEntries(contents.flatMap((content) => rowLines(content, names))) };
  },

  // Pages that link to a delegation carry its tag (lib/profile-links.ts); those of the
  // records it names list it, as do the agreements signed and the events attended.
  async publicTags(tx, id) {
    const delegation = await tx.delegation.findUnique({
      where: { id },
      include: { ...withRows, agreements: { select: { id: true } }, events: { select: { id: true } } },
    });
    if (!delegation) return [DELEGATIONS_TAG];
    const links = linksOf(contentOf(delegation));
    const records = (links: Link[]) => idsOf(links).map((linked) => ({ id: linked }));
    return [
      DELEGATIONS_TAG,
      delegationTag(id),
      ...linkedTags({
        places: records([...links.places, ...links.placesOrOrganisations]),
        people: records(links.people),
        organisations: records([...links.organisations, ...links.placesOrOrganisations]),
      }),
      ...delegation.agreements.map((a) => agreementTag(a.id)),
      ...delegation.events.map((e) => eventTag(e.id)),
    ];
  },
};
