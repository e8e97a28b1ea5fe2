// Seeds the demo: five accounts with known passwords (one per role, plus a second editor
// and reviewer for four-eyes tests), three sources and the records drawn from them, every
// fact cited. For the demo and tests only: a real installation never runs it.
//
//   npx tsx --conditions=react-server prisma/seed.ts
//
// (react-server makes lib/db.ts's `import "server-only"` a no-op.) Safe to run again:
// records are upserted by their unique keys (slug, email, url, place pair), and each demo
// record's child rows and citations are replaced, all in one transaction. Records that
// are not in seed-data.ts are never touched.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createPrisma, enableWal } from "../lib/db";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import type { RecordType, Role } from "../lib/generated/prisma/enums";
import { normalizeName } from "../lib/names";
import { isEditableKind, recordKind } from "../lib/record-kinds";
import { snapshotHash } from "../lib/source-text";
import { isPartialDate } from "../lib/partial-date";
import { reindexAllNames } from "../lib/search-index";
import { hashPassword, verifyPassword } from "../lib/password";
import { deriveTieState, orderTiePair } from "../lib/tie-timeline";
import {
  AGREEMENTS,
  DELEGATIONS,
  EVENTS,
  FIGURES,
  ORGANISATIONS,
  PEOPLE,
  PLACES,
  SOURCES,
  TIES,
  demoUsers,
  type Cite,
  type NameSpec,
  type PositionRef,
  type SourceKey,
  type SourceSpec,
} from "./seed-data";

type Tx = Prisma.TransactionClient;

const LOGIN_URL = "http://localhost:3000/login";

// ---------- snapshots and quote anchoring ----------

// A source's snapshot is only the fragments we quote, never the article.
const EXCERPT_SEPARATOR = "\n…\n";
const CONTEXT_CHARS = 32;
const MAX_QUOTE_WORDS = 25;
const MAX_QUOTE_CJK_CHARS = 40;

function snapshotOf(source: SourceSpec): string {
  return source.excerpts.join(EXCERPT_SEPARATOR);
}

type Anchor = { quote: string; prefix: string; suffix: string; startOffset: number; endOffset: number };

// A W3C TextQuoteSelector (quote + prefix + suffix) and TextPositionSelector (offsets,
// JS string indices) for the quote's first occurrence in the snapshot. A quote the
// snapshot does not contain is a typo in seed-data.ts: fail loudly.
export function anchorQuote(snapshot: string, quote: string): Anchor {
  const start = quote.trim() === "" ? -1 : snapshot.indexOf(quote);
  if (start < 0) throw new Error(`Quote not found in the source snapshot: "${quote}"`);
  const end = start + quote.length;
  return {
    quote,
    prefix: snapshot.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: snapshot.slice(end, end + CONTEXT_CHARS),
    startOffset: start,
    endOffset: end,
  };
}

// Citations quote short fragments, not paragraphs.
function assertShortQuote(quote: string) {
  const cjk = quote.match(/[\u3000-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = quote.trim().split(/\s+/).length;
  if (cjk > MAX_QUOTE_CJK_CHARS || (cjk === 0 && words > MAX_QUOTE_WORDS)) {
    throw new Error(`Quote too long for a citation: "${quote}"`);
  }
}

// When the original articles are at hand (they are not part of the repo), check that
// every excerpt is a verbatim fragment and that the excerpts follow the article's order.
function checkExcerptsAgainstArticles() {
  const folder = process.env.AMITY_SOURCES_DIR ?? fileURLToPath(new URL("../../shared/sources/", import.meta.url));
  for (const source of SOURCES) {
    const file = `${folder.replace(/\/$/, "")}/${source.file}`;
    if (!existsSync(file)) {
      console.warn(`(Article ${source.file} not found; skipped the verbatim check of its excerpts.)`);
      continue;
    }
    const article = readFileSync(file, "utf8");
    let previous = -1;
    for (const excerpt of source.excerpts) {
      const at = article.indexOf(excerpt);
      if (at < 0) throw new Error(`Excerpt not found verbatim in ${source.file}: "${excerpt}"`);
      if (at <= previous) throw new Error(`Excerpt out of article order in ${source.file}: "${excerpt}"`);
      previous = at;
    }
  }
}

// Every character of every excerpt must be covered by some citation's quote, so the
// snapshot holds nothing we do not cite.
function checkExcerptsAreQuoted(citations: Prisma.CitationCreateManyInput[], sourceIds: Map<SourceKey, string>) {
  for (const source of SOURCES) {
    const sourceId = sourceIds.get(source.key);
    const spans = citations
      .filter((c) => c.sourceId === sourceId)
      .map((c) => [c.startOffset!, c.endOffset!] as const)
      .sort((a, b) => a[0] - b[0]);
    let start = 0;
    for (const excerpt of source.excerpts) {
      const end = start + excerpt.length;
      let covered = start;
      for (const [s, e] of spans) if (s <= covered && e > covered) covered = Math.min(e, end);
      if (covered < end) throw new Error(`Excerpt of ${source.key} not fully quoted by any citation: "${excerpt}"`);
      start = end + EXCERPT_SEPARATOR.length;
    }
  }
}

// ---------- context shared by the record groups ----------

type Ctx = {
  tx: Tx;
  adminId: string;
  sources: Map<SourceKey, { id: string; snapshot: string }>;
  places: Map<string, string>;
  organisations: Map<string, string>;
  people: Map<string, string>;
  positions: Map<string, string>; // "person-slug|title" -> id
  delegations: Map<string, string>;
  events: Map<string, string>;
  agreements: Map<string, string>;
  citations: Prisma.CitationCreateManyInput[];
  revisions: { recordType: RecordType; row: { id: string } }[];
};

function idOf(map: Map<string, string>, key: string | undefined, what: string): string | null {
  if (key === undefined) return null;
  const id = map.get(key);
  if (!id) throw new Error(`Unknown ${what} "${key}" in seed data (is it listed before it is used?)`);
  return id;
}

const positionKey = (ref: PositionRef) => `${ref.person}|${ref.title}`;

function date(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isPartialDate(value)) throw new Error(`Not a partial date (YYYY, YYYY-MM, YYYY-MM-DD): "${value}"`);
  return value;
}

function addCitations(ctx: Ctx, recordType: RecordType, recordId: string, cites: Cite[] | undefined) {
  for (const c of cites ?? []) {
    const source = ctx.sources.get(c.source);
    if (!source) throw new Error(`Unknown source "${c.source}"`);
    assertShortQuote(c.quote);
    ctx.citations.push({
      recordType,
      recordId,
      field: c.field,
      sourceId: source.id,
      ...anchorQuote(source.snapshot, c.quote),
      assertedValue: c.value ?? null,
      rank: "NORMAL", // conflicting values stay NORMAL until a reviewer ranks them
    });
  }
}

// Citations are replaced along with the rows they are about.
async function dropCitations(ctx: Ctx, recordType: RecordType, recordIds: string[]) {
  if (recordIds.length === 0) return;
  await ctx.tx.citation.deleteMany({ where: { recordType, recordId: { in: recordIds } } });
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

// ---------- users ----------

type Login = { email: string; password: string; role: Role; note: string };

// Existing accounts keep their password: the seed never rehashes or resets one.
async function seedUsers(prisma: PrismaClient): Promise<{ adminId: string; logins: Login[] }> {
  const logins: Login[] = [];
  let adminId = "";
  for (const spec of demoUsers()) {
    const existing = await prisma.user.findUnique({ where: { email: spec.email } });
    let id: string;
    let note = "created";
    if (existing) {
      id = existing.id;
      if (existing.role !== spec.role) await prisma.user.update({ where: { id }, data: { role: spec.role } });
      const same = await verifyPassword(existing.passwordHash, spec.password);
      note = same ? "existing" : "existing; password was changed since, not reset";
    } else {
      const created = await prisma.user.create({
        data: { email: spec.email, name: spec.name, role: spec.role, passwordHash: await hashPassword(spec.password) },
      });
      id = created.id;
    }
    if (spec.role === "ADMIN" && !adminId) adminId = id;
    logins.push({ email: spec.email, password: spec.password, role: spec.role, note });
  }
  return { adminId, logins };
}

// ---------- sources ----------

async function seedSources(ctx: Ctx) {
  for (const spec of SOURCES) {
    const snapshot = snapshotOf(spec);
    const fields = {
      title: spec.title,
      publisher: spec.publisher,
      lang: spec.lang,
      kind: spec.kind,
      publishedOn: date(spec.publishedOn),
      accessedOn: date(spec.accessedOn),
      snapshot,
      snapshotHash: snapshotHash(snapshot),
    };
    const row = await ctx.tx.source.upsert({
      where: { url: spec.url },
      create: { url: spec.url, addedById: ctx.adminId, ...fields },
      update: fields,
    });
    ctx.sources.set(spec.key, { id: row.id, snapshot });
    ctx.revisions.push({ recordType: "SOURCE", row });
  }
}

// ---------- names (of places, people and organisations) ----------

type NameOwner = { placeId: string } | { personId: string } | { organisationId: string };

async function replaceNames(ctx: Ctx, owner: NameOwner, names: NameSpec[]) {
  const old = await ctx.tx.name.findMany({ where: owner, select: { id: true } });
  await dropCitations(ctx, "NAME", ids(old));
  await ctx.tx.name.deleteMany({ where: owner });
  for (const name of names) {
    const row = await ctx.tx.name.create({
      data: {
        ...owner,
        text: name.text,
        normalized: normalizeName(name.text),
        lang: name.lang,
        kind: name.kind,
        isPreferred: name.preferred ?? false,
      },
    });
    addCitations(ctx, "NAME", row.id, name.cites);
  }
}

// ---------- places, organisations, people ----------

async function seedPlaces(ctx: Ctx) {
  for (const spec of PLACES) {
    const fields = {
      name: spec.name,
      country: spec.country,
      level: spec.level,
      parentId: idOf(ctx.places, spec.parent, "place"),
      latitude: spec.latitude ?? null,
      longitude: spec.longitude ?? null,
      summary: spec.summary ?? null,
    };
    const row = await ctx.tx.place.upsert({ where: { slug: spec.slug }, create: { slug: spec.slug, ...fields }, update: fields });
    ctx.places.set(spec.slug, row.id);
    await dropCitations(ctx, "PLACE", [row.id]);
    await replaceNames(ctx, { placeId: row.id }, spec.names);
    addCitations(ctx, "PLACE", row.id, spec.cites);
    ctx.revisions.push({ recordType: "PLACE", row });
  }
}

async function seedOrganisations(ctx: Ctx) {
  for (const spec of ORGANISATIONS) {
    const fields = {
      name: spec.name,
      kind: spec.kind,
      country: spec.country ?? null,
      placeId: idOf(ctx.places, spec.place, "place"),
      summary: spec.summary ?? null,
    };
    const row = await ctx.tx.organisation.upsert({
      where: { slug: spec.slug },
      create: { slug: spec.slug, ...fields },
      update: fields,
    });
    ctx.organisations.set(spec.slug, row.id);
    await dropCitations(ctx, "ORGANISATION", [row.id]);
    await replaceNames(ctx, { organisationId: row.id }, spec.names);
    addCitations(ctx, "ORGANISATION", row.id, spec.cites);
    ctx.revisions.push({ recordType: "ORGANISATION", row });
  }
}

async function seedPeople(ctx: Ctx) {
  for (const spec of PEOPLE) {
    const fields = { name: spec.name, summary: spec.summary ?? null };
    const row = await ctx.tx.person.upsert({ where: { slug: spec.slug }, create: { slug: spec.slug, ...fields }, update: fields });
    ctx.people.set(spec.slug, row.id);
    await dropCitations(ctx, "PERSON", [row.id]);
    await replaceNames(ctx, { personId: row.id }, spec.names);
    addCitations(ctx, "PERSON", row.id, spec.cites);
    ctx.revisions.push({ recordType: "PERSON", row });

    // Positions are updated in place (matched by title) rather than replaced, because
    // delegations and signatures elsewhere may point at them.
    for (const position of spec.positions) {
      const data = {
        personId: row.id,
        title: position.title,
        placeId: idOf(ctx.places, position.place, "place"),
        organisationId: idOf(ctx.organisations, position.organisation, "organisation"),
        startOn: date(position.startOn),
        endOn: date(position.endOn),
      };
      const existing = await ctx.tx.position.findFirst({ where: { personId: row.id, title: position.title } });
      const saved = existing ? await ctx.tx.position.update({ where: { id: existing.id }, data }) : await ctx.tx.position.create({ data });
      ctx.positions.set(positionKey({ person: spec.slug, title: position.title }), saved.id);
      await dropCitations(ctx, "POSITION", [saved.id]);
      addCitations(ctx, "POSITION", saved.id, position.cites);
    }
  }
}

// ---------- delegations and events ----------

async function seedDelegations(ctx: Ctx) {
  const { tx } = ctx;
  for (const spec of DELEGATIONS) {
    const fields = {
      title: spec.title,
      leaderId: idOf(ctx.people, spec.leader, "person"),
      leaderPositionId: spec.leaderPosition ? idOf(ctx.positions, positionKey(spec.leaderPosition), "position") : null,
      leaderTitle: spec.leaderTitle ?? null,
      sendingPlaceId: idOf(ctx.places, spec.sendingPlace, "place"),
      sendingOrganisationId: idOf(ctx.organisations, spec.sendingOrganisation, "organisation"),
      startOn: date(spec.startOn),
      endOn: date(spec.endOn),
      purpose: spec.purpose ?? null,
    };
    const row = await tx.delegation.upsert({ where: { slug: spec.slug }, create: { slug: spec.slug, ...fields }, update: fields });
    const delegationId = row.id;
    ctx.delegations.set(spec.slug, delegationId);
    await dropCitations(ctx, "DELEGATION", [delegationId]);
    addCitations(ctx, "DELEGATION", delegationId, spec.cites);
    ctx.revisions.push({ recordType: "DELEGATION", row });

    // Replace the itinerary and everything hanging off the visit.
    const where = { delegationId };
    await dropCitations(ctx, "DELEGATION_MEMBER", ids(await tx.delegationMember.findMany({ where, select: { id: true } })));
    await dropCitations(ctx, "DELEGATION_STOP", ids(await tx.delegationStop.findMany({ where, select: { id: true } })));
    await dropCitations(ctx, "DELEGATION_MEETING", ids(await tx.delegationMeeting.findMany({ where, select: { id: true } })));
    await dropCitations(ctx, "DELEGATION_SITE_VISIT", ids(await tx.delegationSiteVisit.findMany({ where, select: { id: true } })));
    await dropCitations(ctx, "DELEGATION_GIFT", ids(await tx.delegationGift.findMany({ where, select: { id: true } })));
    await tx.delegationMember.deleteMany({ where });
    await tx.delegationStop.deleteMany({ where });
    await tx.delegationMeeting.deleteMany({ where });
    await tx.delegationSiteVisit.deleteMany({ where });
    await tx.delegationGift.deleteMany({ where });

    for (const member of spec.members) {
      const created = await tx.delegationMember.create({
        data: {
          delegationId,
          personId: idOf(ctx.people, member.person, "person")!,
          positionId: member.position ? idOf(ctx.positions, positionKey(member.position), "position") : null,
          title: member.title ?? null,
        },
      });
      addCitations(ctx, "DELEGATION_MEMBER", created.id, member.cites);
    }
    for (const [index, stop] of spec.stops.entries()) {
      const created = await tx.delegationStop.create({
        data: {
          delegationId,
          placeId: idOf(ctx.places, stop.place, "place")!,
          sequence: index + 1,
          startOn: date(stop.startOn),
          endOn: date(stop.endOn),
        },
      });
      addCitations(ctx, "DELEGATION_STOP", created.id, stop.cites);
    }
    for (const meeting of spec.meetings) {
      const created = await tx.delegationMeeting.create({
        data: {
          delegationId,
          personId: idOf(ctx.people, meeting.person, "person"),
          organisationId: idOf(ctx.organisations, meeting.organisation, "organisation"),
          placeId: idOf(ctx.places, meeting.place, "place"),
          counterpartTitle: meeting.counterpartTitle ?? null,
          occurredOn: date(meeting.occurredOn),
          summary: meeting.summary ?? null,
        },
      });
      addCitations(ctx, "DELEGATION_MEETING", created.id, meeting.cites);
    }
    for (const visit of spec.siteVisits) {
      const created = await tx.delegationSiteVisit.create({
        data: {
          delegationId,
          name: visit.name,
          organisationId: idOf(ctx.organisations, visit.organisation, "organisation"),
          placeId: idOf(ctx.places, visit.place, "place"),
          occurredOn: date(visit.occurredOn),
        },
      });
      addCitations(ctx, "DELEGATION_SITE_VISIT", created.id, visit.cites);
    }
    for (const gift of spec.gifts) {
      const created = await tx.delegationGift.create({
        data: {
          delegationId,
          description: gift.description,
          fromPlaceId: idOf(ctx.places, gift.fromPlace, "place"),
          toPlaceId: idOf(ctx.places, gift.toPlace, "place"),
          toOrganisationId: idOf(ctx.organisations, gift.toOrganisation, "organisation"),
          occurredOn: date(gift.occurredOn),
        },
      });
      addCitations(ctx, "DELEGATION_GIFT", created.id, gift.cites);
    }
  }
}

// The seed gives an event one place and one organiser; the record allows several of each.
async function replaceEventLinks(ctx: Ctx, eventId: string, spec: (typeof EVENTS)[number]) {
  const placeId = idOf(ctx.places, spec.place, "place");
  const organisationId = idOf(ctx.organisations, spec.organiser, "organisation");
  await ctx.tx.eventPlace.deleteMany({ where: { eventId } });
  await ctx.tx.eventOrganiser.deleteMany({ where: { eventId } });
  if (placeId) await ctx.tx.eventPlace.create({ data: { eventId, placeId } });
  if (organisationId) await ctx.tx.eventOrganiser.create({ data: { eventId, organisationId } });
}

async function seedEvents(ctx: Ctx) {
  for (const spec of EVENTS) {
    const fields = {
      name: spec.name,
      kind: spec.kind,
      startOn: date(spec.startOn),
      endOn: date(spec.endOn),
      delegationId: idOf(ctx.delegations, spec.delegation, "delegation"),
      isRecurring: spec.isRecurring ?? false,
      summary: spec.summary ?? null,
    };
    const row = await ctx.tx.event.upsert({ where: { slug: spec.slug }, create: { slug: spec.slug, ...fields }, update: fields });
    ctx.events.set(spec.slug, row.id);
    await replaceEventLinks(ctx, row.id, spec);
    await dropCitations(ctx, "EVENT", [row.id]);
    addCitations(ctx, "EVENT", row.id, spec.cites);
    ctx.revisions.push({ recordType: "EVENT", row });
  }
}

// ---------- agreements ----------

async function seedAgreements(ctx: Ctx) {
  const { tx } = ctx;
  for (const spec of AGREEMENTS) {
    const fields = {
      title: spec.title,
      kind: spec.kind,
      signedOn: date(spec.signedOn),
      venue: spec.venue ?? null,
      venuePlaceId: idOf(ctx.places, spec.venuePlace, "place"),
      delegationId: idOf(ctx.delegations, spec.delegation, "delegation"),
      eventId: idOf(ctx.events, spec.event, "event"),
      summary: spec.summary ?? null,
    };
    const row = await tx.agreement.upsert({ where: { slug: spec.slug }, create: { slug: spec.slug, ...fields }, update: fields });
    const agreementId = row.id;
    ctx.agreements.set(spec.slug, agreementId);
    await dropCitations(ctx, "AGREEMENT", [agreementId]);
    addCitations(ctx, "AGREEMENT", agreementId, spec.cites);
    ctx.revisions.push({ recordType: "AGREEMENT", row });

    const where = { agreementId };
    await dropCitations(ctx, "AGREEMENT_PARTY", ids(await tx.agreementParty.findMany({ where, select: { id: true } })));
    await dropCitations(ctx, "AGREEMENT_SIGNATORY", ids(await tx.agreementSignatory.findMany({ where, select: { id: true } })));
    await dropCitations(ctx, "COOPERATION_FIELD", ids(await tx.cooperationField.findMany({ where, select: { id: true } })));
    await tx.agreementParty.deleteMany({ where });
    await tx.agreementSignatory.deleteMany({ where });
    await tx.cooperationField.deleteMany({ where });

    for (const party of spec.parties) {
      const created = await tx.agreementParty.create({
        data: {
          agreementId,
          placeId: idOf(ctx.places, party.place, "place"),
          organisationId: idOf(ctx.organisations, party.organisation, "organisation"),
        },
      });
      addCitations(ctx, "AGREEMENT_PARTY", created.id, party.cites);
    }
    for (const signatory of spec.signatories) {
      const created = await tx.agreementSignatory.create({
        data: {
          agreementId,
          personId: idOf(ctx.people, signatory.person, "person")!,
          positionId: signatory.position ? idOf(ctx.positions, positionKey(signatory.position), "position") : null,
          title: signatory.title ?? null,
        },
      });
      addCitations(ctx, "AGREEMENT_SIGNATORY", created.id, signatory.cites);
    }
    for (const field of spec.fields) {
      const created = await tx.cooperationField.create({ data: { agreementId, name: field.name } });
      addCitations(ctx, "COOPERATION_FIELD", created.id, field.cites);
    }
  }
}

// ---------- ties ----------

async function seedTies(ctx: Ctx) {
  const { tx } = ctx;
  for (const spec of TIES) {
    const [placeAId, placeBId] = orderTiePair(idOf(ctx.places, spec.places[0], "place")!, idOf(ctx.places, spec.places[1], "place")!);
    const events = spec.events.map((event) => ({
      type: event.type,
      kind: event.kind ?? null,
      term: event.term ?? null,
      occurredOn: date(event.occurredOn),
      agreementId: idOf(ctx.agreements, event.agreement, "agreement"),
      note: event.note ?? null,
      cites: event.cites,
    }));
    // kind, status and "since" are derived from the timeline, never typed (DESIGN.md §3).
    const fields = { ...deriveTieState(events), summary: spec.summary ?? null };
    const row = await tx.tie.upsert({
      where: { placeAId_placeBId: { placeAId, placeBId } },
      create: { placeAId, placeBId, ...fields },
      update: fields,
    });
    await dropCitations(ctx, "TIE", [row.id]);
    addCitations(ctx, "TIE", row.id, spec.cites);
    ctx.revisions.push({ recordType: "TIE", row });

    await dropCitations(ctx, "TIE_EVENT", ids(await tx.tieEvent.findMany({ where: { tieId: row.id }, select: { id: true } })));
    await tx.tieEvent.deleteMany({ where: { tieId: row.id } });
    for (const { cites, ...event } of events) {
      const created = await tx.tieEvent.create({ data: { tieId: row.id, ...event } });
      addCitations(ctx, "TIE_EVENT", created.id, cites);
    }
  }
}

// ---------- figures ----------

async function seedFigures(ctx: Ctx) {
  for (const spec of FIGURES) {
    const placeId = idOf(ctx.places, spec.place, "place");
    let tieId: string | null = null;
    if (spec.tie) {
      const [placeAId, placeBId] = orderTiePair(idOf(ctx.places, spec.tie[0], "place")!, idOf(ctx.places, spec.tie[1], "place")!);
      tieId = (await ctx.tx.tie.findUniqueOrThrow({ where: { placeAId_placeBId: { placeAId, placeBId } } })).id;
    }
    const data = {
      label: spec.label,
      value: spec.value,
      qualifier: spec.qualifier ?? "EXACTLY",
      unit: spec.unit ?? null,
      asOf: date(spec.asOf),
      placeId,
      organisationId: idOf(ctx.organisations, spec.organisation, "organisation"),
      tieId,
    };
    const existing = await ctx.tx.figure.findFirst({ where: { label: spec.label, placeId } });
    const row = existing ? await ctx.tx.figure.update({ where: { id: existing.id }, data }) : await ctx.tx.figure.create({ data });
    await dropCitations(ctx, "FIGURE", [row.id]);
    addCitations(ctx, "FIGURE", row.id, spec.cites);
    ctx.revisions.push({ recordType: "FIGURE", row });
  }
}

// ---------- revisions ----------

// Version 1 of every top-level record, so history screens have a starting point. An
// existing revision is left alone: it is history. Records the review mechanism knows are
// snapshotted in its shape, so later versions compare field by field.
async function seedRevisions(ctx: Ctx) {
  for (const { recordType, row } of ctx.revisions) {
    const loaded = isEditableKind(recordType) ? await recordKind(recordType).load(ctx.tx, row.id) : null;
    const snapshot = JSON.parse(JSON.stringify(loaded?.content ?? row)) as Prisma.InputJsonValue;
    await ctx.tx.revision.upsert({
      where: { recordType_recordId_version: { recordType, recordId: row.id, version: 1 } },
      create: {
        recordType,
        recordId: row.id,
        version: 1,
        snapshot,
        proposedById: ctx.adminId,
        approvedById: ctx.adminId,
      },
      update: {},
    });
  }
}

// ---------- main ----------

async function seedRecords(tx: Tx, adminId: string) {
  const ctx: Ctx = {
    tx,
    adminId,
    sources: new Map(),
    places: new Map(),
    organisations: new Map(),
    people: new Map(),
    positions: new Map(),
    delegations: new Map(),
    events: new Map(),
    agreements: new Map(),
    citations: [],
    revisions: [],
  };
  // Order matters: each group points at records of the groups before it.
  await seedSources(ctx);
  await seedPlaces(ctx);
  await seedOrganisations(ctx);
  await seedPeople(ctx);
  await seedDelegations(ctx);
  await seedEvents(ctx);
  await seedAgreements(ctx);
  await seedTies(ctx);
  await seedFigures(ctx);

  checkExcerptsAreQuoted(ctx.citations, new Map([...ctx.sources].map(([key, s]) => [key, s.id])));
  await tx.citation.createMany({ data: ctx.citations });
  await seedRevisions(ctx);
  return ctx;
}

function printLogins(logins: Login[]) {
  const rows = [["Email", "Password", "Role", ""], ...logins.map((l) => [l.email, l.password, l.role, l.note])];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  const line = (row: string[]) =>
    row
      .map((cell, col) => cell.padEnd(widths[col]))
      .join("  ")
      .trimEnd();
  console.log("\nDemo logins:");
  console.log(line(rows[0]));
  console.log(
    widths
      .map((w) => "-".repeat(w))
      .join("  ")
      .trimEnd(),
  );
  for (const row of rows.slice(1)) console.log(line(row));
  console.log(`\nSign in at ${LOGIN_URL}\n`);
}

async function main() {
  checkExcerptsAgainstArticles();
  const prisma = createPrisma();
  try {
    await enableWal(prisma);
    const { adminId, logins } = await seedUsers(prisma);
    const ctx = await prisma.$transaction((tx) => seedRecords(tx, adminId), { timeout: 120_000, maxWait: 20_000 });
    await reindexAllNames(prisma);
    console.log(
      `Seeded ${SOURCES.length} sources, ${ctx.places.size} places, ${ctx.organisations.size} organisations, ` +
        `${ctx.people.size} people, ${ctx.delegations.size} delegations, ${ctx.events.size} events, ` +
        `${ctx.agreements.size} agreements, ${TIES.length} ties, ${FIGURES.length} figures, ${ctx.citations.length} citations.`,
    );
    printLogins(logins);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
