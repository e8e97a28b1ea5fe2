import "server-only";
import { prisma } from "@/lib/db";
import type { EventKind, PlaceLevel } from "@/lib/generated/prisma/enums";
import { EVENT_KIND_LABELS } from "@/lib/event-kinds";
import { countryName } from "@/lib/countries";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import {
  findByName,
  findDatedByTitle,
  findNearNames,
  findSourcesByTitle,
  type DatedTitleMatch,
  type NameMatch,
  type TitleMatch,
} from "@/lib/name-search";
import type { Tx } from "@/lib/record-kind";
import { NAMED_RECORD_TYPES, type NamedRecordType } from "@/lib/search-key";
import {
  PICKER_LIMIT,
  type MatchedRecord,
  type NearQuery,
  type PickableType,
  type PossiblySame,
  type PickedRecord,
  type RecordQuery,
  type SourceText,
} from "@/lib/record-picker-schema";

// The records a picker offers and shows (components/record-picker.tsx). Only published
// records are offered, so nothing here reveals what the public site does not.

const RETIRED = "No longer published";

// "Prefecture (都道府県)" reads "Prefecture" after a country's name.
const levelLabel = (level: PlaceLevel) => PLACE_LEVEL_LABELS[level].replace(/\s*\(.*\)$/, "");
const joined = (parts: (string | null | undefined)[], separator: string) => parts.filter(Boolean).join(separator);

// What tells two records of one name apart, by kind.
const NAMED_DETAIL = {
  PLACE: (country, level) => joined([countryName(country), level && levelLabel(level)], " · "),
  PERSON: (country) => joined([countryName(country), "Person"], " · "),
  ORGANISATION: (country) => joined([countryName(country), "Organisation"], " · "),
} satisfies Record<NamedRecordType, (country: string | null, level: PlaceLevel | null) => string>;

const sourceDetail = (source: { publisher: string | null; publishedOn: string | null }) =>
  joined([source.publisher, source.publishedOn], ", ") || "Source";

type Dated = { startOn: string | null; endOn: string | null };
const datesOf = ({ startOn, endOn }: Dated) => joined([startOn, endOn === startOn ? null : endOn], " – ");
// "2024-05 – 2024-06 · Delegation"; an event says its kind: "2024-06-19 · Forum".
const delegationDetail = (delegation: Dated) => joined([datesOf(delegation), "Delegation"], " · ");
const eventDetail = (event: Dated & { kind: EventKind }) => joined([datesOf(event), EVENT_KIND_LABELS[event.kind]], " · ");

const isNamed = (type: PickableType): type is NamedRecordType => (NAMED_RECORD_TYPES as readonly string[]).includes(type);

function fromName({ recordId, recordType, name, matchedText, country, level }: NameMatch): MatchedRecord {
  const record = { id: recordId, title: name, detail: NAMED_DETAIL[recordType](country, level) };
  return matchedText === name ? record : { ...record, matched: matchedText };
}

const fromTitle = ({ recordId, title, ...source }: TitleMatch): MatchedRecord => ({ id: recordId, title, detail: sourceDetail(source) });
const fromDated = ({ recordId, title, kind, ...dates }: DatedTitleMatch): MatchedRecord => ({
  id: recordId,
  title,
  detail: kind ? eventDetail({ ...dates, kind }) : delegationDetail(dates),
});

const limit = { limit: PICKER_LIMIT };

// Records of the given kinds with a name (in any script) or, for a source, delegation or
// event, a word of its title starting with the query; named records first. Titled records
// belong to no country, so `country` narrows places, people and organisations only.
export async function findPickableRecords({ q, types, country }: RecordQuery): Promise<MatchedRecord[]> {
  const named = types.filter(isNamed);
  const [names, sources, delegations, events] = await Promise.all([
    named.length > 0 ? findByName(prisma, q, { recordTypes: named, country, ...limit }) : [],
    types.includes("SOURCE") ? findSourcesByTitle(prisma, q, limit) : [],
    types.includes("DELEGATION") ? findDatedByTitle(prisma, "DELEGATION", q, limit) : [],
    types.includes("EVENT") ? findDatedByTitle(prisma, "EVENT", q, limit) : [],
  ]);
  return [...names.map(fromName), ...sources.map(fromTitle), ...[...delegations, ...events].map(fromDated)].slice(0, PICKER_LIMIT);
}

const PUBLIC_SECTIONS = { PLACE: "places", PERSON: "people", ORGANISATION: "organisations" } satisfies Record<NamedRecordType, string>;

// Published records of the kind a letter or two from `name` (Ishiguro Kenihiko for Ishiguro
// Kenhiko), closest first: shown to the editor typing a new name and to its reviewer.
export async function findPossiblySame(db: Tx, { name, type, country, except }: NearQuery): Promise<PossiblySame[]> {
  const near = await findNearNames(db, name, type, { country, exceptId: except, limit: 5 });
  return near.map((match) => ({ ...fromName(match), path: `/${PUBLIC_SECTIONS[match.recordType]}/${match.slug}` }));
}

type Lookup = (ids: string[]) => Promise<PickedRecord[]>;

// A person's country is the one they are filed under in the index (their latest position's).
async function lookUpPeople(ids: string[]): Promise<PickedRecord[]> {
  const [people, keys] = await Promise.all([
    prisma.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, retiredAt: true } }),
    prisma.searchKey.findMany({ where: { recordId: { in: ids } }, select: { recordId: true, country: true }, distinct: ["recordId"] }),
  ]);
  const countries = new Map(keys.map((key) => [key.recordId, key.country]));
  return people.map(({ id, name, retiredAt }) => ({
    id,
    title: name,
    detail: retiredAt ? RETIRED : NAMED_DETAIL.PERSON(countries.get(id) ?? null),
  }));
}

// Records already chosen, retired ones included (marked): a saved proposal may name one.
const LOOKUPS = {
  PLACE: async (ids) => {
    const places = await prisma.place.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, country: true, level: true, retiredAt: true },
    });
    return places.map(({ id, name, country, level, retiredAt }) => ({
      id,
      title: name,
      detail: retiredAt ? RETIRED : NAMED_DETAIL.PLACE(country, level),
    }));
  },
  PERSON: lookUpPeople,
  ORGANISATION: async (ids) => {
    const organisations = await prisma.organisation.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, country: true, retiredAt: true },
    });
    return organisations.map(({ id, name, country, retiredAt }) => ({
      id,
      title: name,
      detail: retiredAt ? RETIRED : NAMED_DETAIL.ORGANISATION(country),
    }));
  },
  SOURCE: async (ids) => {
    const sources = await prisma.source.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, publisher: true, publishedOn: true, retiredAt: true },
    });
    return sources.map(({ id, title, retiredAt, ...source }) => ({ id, title, detail: retiredAt ? RETIRED : sourceDetail(source) }));
  },
  DELEGATION: async (ids) => {
    const delegations = await prisma.delegation.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, startOn: true, endOn: true, retiredAt: true },
    });
    return delegations.map(({ id, title, retiredAt, ...dates }) => ({ id, title, detail: retiredAt ? RETIRED : delegationDetail(dates) }));
  },
  EVENT: async (ids) => {
    const events = await prisma.event.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, kind: true, startOn: true, endOn: true, retiredAt: true },
    });
    return events.map(({ id, name, retiredAt, ...event }) => ({ id, title: name, detail: retiredAt ? RETIRED : eventDetail(event) }));
  },
} satisfies Record<PickableType, Lookup>;

// What a picker shows for ids a form starts with, in the order given; unknown ids are left out.
export async function getPickedRecords(type: PickableType, ids: (string | null | undefined)[]): Promise<PickedRecord[]> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return [];
  const records = new Map((await LOOKUPS[type](wanted)).map((record) => [record.id, record]));
  return wanted.flatMap((id) => records.get(id) ?? []);
}

export async function getPickedRecord(type: PickableType, id: string | null | undefined): Promise<PickedRecord | null> {
  const [record] = await getPickedRecords(type, [id]);
  return record ?? null;
}

// A published source with its text, for selecting the passage a citation quotes.
export async function getSourceText(id: string): Promise<SourceText | null> {
  const source = await prisma.source.findFirst({
    where: { id, retiredAt: null },
    select: { id: true, title: true, publisher: true, publishedOn: true, lang: true, snapshot: true },
  });
  if (!source) return null;
  const { publishedOn, ...text } = source;
  return { ...text, detail: sourceDetail({ publisher: source.publisher, publishedOn }) };
}
