import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { PrismaClient } from "../lib/generated/prisma/client";
import type {
  AgreementKind,
  NameKind,
  OrganisationKind,
  PlaceLevel,
  RecordType,
  Role,
  TieEventType,
  TieKind,
} from "../lib/generated/prisma/enums";
import { normalizeName, slugify } from "../lib/names";
import { emptyPlace, type PlaceInput } from "../lib/place-schema";
import { anchorQuote } from "../lib/quote-anchor";
import { deriveTieState, orderTiePair } from "../lib/tie-timeline";
import { normalizeSourceUrl, snapshotHash } from "../lib/source-text";
import { nameKeyRowsOf, titleKeyRowsOf, type NamedRecord, type NamedRecordType } from "../lib/search-key";
import { createLibSqlAdapter } from "../lib/libsql-adapter";

// The running server holds the same SQLite file open: the shared adapter waits for its
// write lock instead of failing.
export const db = new PrismaClient({ adapter: createLibSqlAdapter(process.env.DATABASE_URL!) });

export const uniqueId = () => randomUUID().slice(0, 8);

// Approval files every published name and title in the search index (lib/search-index.ts),
// and so do these factories: the record pickers find records only through it.
async function fileNames<T extends Omit<NamedRecord, "country">>(recordType: NamedRecordType, record: T, country: string | null) {
  await db.searchKey.createMany({ data: nameKeyRowsOf(recordType, { ...record, country }) });
  return record;
}

type UserOptions = { role?: Role; disabled?: boolean; password?: string; name?: string };

export async function createUser({ role = "EDITOR", disabled = false, password, name }: UserOptions = {}) {
  const id = uniqueId();
  const plainPassword = password ?? `pw-${id}-${uniqueId()}`;
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${id}@e2e.test`,
      name: name ?? `E2E ${role.toLowerCase()} ${id}`,
      passwordHash: await hash(plainPassword),
      role,
      disabledAt: disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password: plainPassword };
}

export type TestUser = Awaited<ReturnType<typeof createUser>>;

export function disableUser(userId: string) {
  return db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
}

type NameOptions = { text: string; lang: string; kind?: NameKind };

type PlaceOptions = {
  name?: string;
  country?: string;
  level?: PlaceLevel;
  summary?: string;
  names?: NameOptions[];
};

// Record tables hold only approved content, so a row written here is a published place.
export async function createPlace({ name, country = "JP", level = "CITY", summary, names = [] }: PlaceOptions = {}) {
  const placeName = name ?? `Testplace ${uniqueId()}`;
  const place = await db.place.create({
    data: {
      slug: `${slugify(placeName)}-${uniqueId()}`,
      name: placeName,
      country,
      level,
      summary,
      names: {
        create: names.map(({ text, lang, kind = "NATIVE" }) => ({
          text,
          lang,
          kind,
          normalized: normalizeName(text),
          isPreferred: true,
        })),
      },
    },
    include: { names: true },
  });
  return fileNames("PLACE", place, place.country);
}

type SourceOptions = { title?: string; snapshot?: string; url?: string; lang?: string };

// A published source, stored as lib/source-record.ts stores an approved one.
export async function createSource({ title = `Test source ${uniqueId()}`, snapshot = "", url, lang }: SourceOptions = {}) {
  const text = snapshot || `${title}: the text an editor read.`;
  const source = await db.source.create({
    data: {
      title,
      lang,
      kind: "OFFICIAL",
      url: url ? normalizeSourceUrl(url) : null,
      snapshot: text,
      snapshotHash: snapshotHash(text),
    },
  });
  await db.searchKey.createMany({ data: titleKeyRowsOf(source) });
  return source;
}

type CitationOptions = {
  recordType: RecordType;
  recordId: string;
  field?: string;
  sourceId: string;
  quote: string;
  assertedValue?: string;
};

// A published citation, anchored in its source's text as lib/citation-record.ts anchors an
// approved one. A quote the text does not contain is stored unanchored, like an orphaned one.
export async function createCitation({ field = "exists", ...citation }: CitationOptions) {
  const { snapshot } = await db.source.findUniqueOrThrow({ where: { id: citation.sourceId }, select: { snapshot: true } });
  const anchor = anchorQuote(snapshot, citation.quote);
  const position = anchor && {
    quote: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    startOffset: anchor.start,
    endOffset: anchor.end,
  };
  return db.citation.create({ data: { field, ...citation, ...position } });
}

// A citation as a change proposes it (a change item's payload), of `recordId`: a published
// record's id, or "ref:<item ref>" for one the same change creates.
export function citationPayload({ field = "exists", ...citation }: CitationOptions) {
  return { field, prefix: "", suffix: "", startOffset: 0, assertedValue: "", rank: "NORMAL", rankReason: "", ...citation };
}

type AgreementOptions = { parties: { id: string }[]; title?: string; kind?: AgreementKind; signedOn?: string };

// A published agreement between the given places.
export function createAgreement({
  parties,
  title = `Test agreement ${uniqueId()}`,
  kind = "MEMORANDUM_OF_UNDERSTANDING",
  signedOn,
}: AgreementOptions) {
  return db.agreement.create({
    data: {
      slug: `${slugify(title)}-${uniqueId()}`,
      title,
      kind,
      signedOn,
      parties: { create: parties.map((place) => ({ placeId: place.id })) },
    },
  });
}

const nativeByDefault = (names: NameOptions[]) => names.map(({ kind = "NATIVE", ...name }) => ({ ...name, kind }));

type PositionOptions = { title: string; placeId?: string; organisationId?: string; startOn?: string; endOn?: string };

type PersonOptions = { name?: string; summary?: string; names?: NameOptions[]; positions?: PositionOptions[] };

// A published person with their names and positions.
export async function createPerson({ name, summary, names = [], positions = [] }: PersonOptions = {}) {
  const personName = name ?? `Testperson ${uniqueId()}`;
  const person = await db.person.create({
    data: {
      slug: `${slugify(personName)}-${uniqueId()}`,
      name: personName,
      summary,
      names: { create: nameRows(nativeByDefault(names)) },
      positions: { create: positions },
    },
    include: {
      names: true,
      positions: { include: { place: { select: { country: true } }, organisation: { select: { country: true } } } },
    },
  });
  // Filed under the country of the latest position, as lib/search-index.ts files a person.
  const [latest] = [...person.positions].sort((x, y) => (y.startOn ?? "").localeCompare(x.startOn ?? ""));
  return fileNames("PERSON", person, latest?.place?.country ?? latest?.organisation?.country ?? null);
}

type OrganisationOptions = { name?: string; kind?: OrganisationKind; country?: string; placeId?: string; names?: NameOptions[] };

// A published organisation.
export async function createOrganisation({ name, kind = "GOVERNMENT", country, placeId, names = [] }: OrganisationOptions = {}) {
  const organisationName = name ?? `Testorganisation ${uniqueId()}`;
  const organisation = await db.organisation.create({
    data: {
      slug: `${slugify(organisationName)}-${uniqueId()}`,
      name: organisationName,
      kind,
      country,
      placeId,
      names: { create: nameRows(nativeByDefault(names)) },
    },
    include: { names: true },
  });
  return fileNames("ORGANISATION", organisation, organisation.country);
}

type TieEventOptions = { type: TieEventType; kind?: TieKind; term?: string; occurredOn?: string; agreementId?: string; note?: string };

// A published tie between two places with its history; kind, status and "since" are derived
// from the events, as the review mechanism derives them.
export function createTie({ places, events }: { places: [{ id: string }, { id: string }]; events: TieEventOptions[] }) {
  const [placeAId, placeBId] = orderTiePair(places[0].id, places[1].id);
  const state = deriveTieState(events.map((e) => ({ type: e.type, kind: e.kind ?? null, occurredOn: e.occurredOn ?? null })));
  return db.tie.create({
    data: { placeAId, placeBId, ...state, events: { create: events } },
    include: { events: true, placeA: true, placeB: true },
  });
}

type DelegationOptions = { title?: string; leaderId?: string; sendingPlaceId?: string; startOn?: string; stopPlaceIds?: string[] };

// A published delegation and its itinerary, filed by title for the pickers.
export async function createDelegation({
  title = `Test delegation ${uniqueId()}`,
  leaderId,
  sendingPlaceId,
  startOn,
  stopPlaceIds = [],
}: DelegationOptions) {
  const delegation = await db.delegation.create({
    data: {
      slug: `${slugify(title)}-${uniqueId()}`,
      title,
      leaderId,
      sendingPlaceId,
      startOn,
      stops: { create: stopPlaceIds.map((placeId, sequence) => ({ placeId, sequence })) },
    },
  });
  await db.searchKey.createMany({ data: titleKeyRowsOf(delegation, "DELEGATION") });
  return delegation;
}

// A duplicate place merged into `into`, as lib/place-merge.ts leaves it: retired, pointing on.
export async function createMergedPlace(into: { id: string }) {
  const duplicate = await createPlace();
  await db.searchKey.deleteMany({ where: { recordId: duplicate.id } });
  return db.place.update({ where: { id: duplicate.id }, data: { retiredAt: new Date(), mergedIntoId: into.id } });
}

export function countChangeRequests(authorId: string) {
  return db.changeRequest.count({ where: { authorId } });
}

// A place's content in the shape of its form (lib/place-schema.ts): what a proposal
// carries as its payload and what a revision keeps as its snapshot.
export function placeContent(overrides: Partial<PlaceInput> = {}): PlaceInput {
  return { ...emptyPlace(), name: `Testplace ${uniqueId()}`, country: "JP", level: "CITY", names: [], ...overrides };
}

function placeColumns({ name, country, level, parentId, latitude, longitude, summary }: PlaceInput) {
  return { name, country, level, parentId, latitude, longitude, summary: summary || null };
}

// As lib/place-record.ts stores them: the first native name per language is the one shown.
function nameRows(names: { text: string; lang: string; kind: NameKind }[]) {
  const shown = new Set<string>();
  return names.map(({ text, lang, kind }) => {
    const isPreferred = kind === "NATIVE" && !shown.has(lang);
    if (isPreferred) shown.add(lang);
    return { text, lang, kind, normalized: normalizeName(text), isPreferred };
  });
}

// A place published through review, once per version given: the row holds the last
// version and a revision keeps each one, as lib/change-review.ts writes them on approval.
export async function createReviewedPlace(versions: PlaceInput[] = [placeContent()]) {
  const content = versions.at(-1)!;
  const place = await db.place.create({
    data: {
      slug: `${slugify(content.name)}-${uniqueId()}`,
      ...placeColumns(content),
      version: versions.length,
      names: { create: nameRows(content.names) },
    },
  });
  await db.revision.createMany({
    data: versions.map((snapshot, i) => ({ recordType: "PLACE" as const, recordId: place.id, version: i + 1, snapshot })),
  });
  await fileNames("PLACE", { id: place.id, name: place.name, names: content.names }, place.country);
  return place;
}

type PlaceChangeOptions = { author: { id: string }; content: PlaceInput; place?: { id: string; version: number } };

// A change submitted for review as lib/place.ts submits it: a new place, or an edit of
// `place` prepared against its current version. It writes no audit row: the journeys
// check the rows their own steps write.
export function createPlaceChange({ author, content, place }: PlaceChangeOptions) {
  const item = place
    ? { operation: "UPDATE" as const, recordId: place.id, baseVersion: place.version }
    : { operation: "CREATE" as const, ref: "place" };
  return db.changeRequest.create({
    data: {
      title: `${place ? "Edit place" : "New place"}: ${content.name}`,
      authorId: author.id,
      status: "SUBMITTED",
      submittedAt: new Date(),
      items: { create: [{ sequence: 0, recordType: "PLACE", payload: content, ...item }] },
    },
    include: { items: true },
  });
}

export function findChange(id: string) {
  return db.changeRequest.findUniqueOrThrow({ where: { id }, include: { items: true, comments: true } });
}

export function auditActions(targetId: string) {
  return db.auditEvent.findMany({ where: { targetId }, orderBy: { at: "asc" }, select: { action: true, actorId: true, targetType: true } });
}

// Made-up names that no other test uses: Hangul and kana syllables drawn at random.
export const randomOf = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
export const HANGUL = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후";
export const KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ";
