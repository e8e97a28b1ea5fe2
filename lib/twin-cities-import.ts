import "server-only";
import { prisma } from "@/lib/db";
import { newRecordId } from "@/lib/record-id";
import { createChange } from "@/lib/change-request";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import { countryName } from "@/lib/countries";
import { snapshotHash } from "@/lib/source-text";
import { sourceRecordSchema, type SourceInput } from "@/lib/source-schema";
import { tieSchema } from "@/lib/tie-schema";
import { citationSchema } from "@/lib/citation-schema";
import { cityKeyOf, type ListCity, type ListRow } from "@/lib/twin-cities-list";
import { loadPlaceIndex, matchCities, labelCandidates, OPEN_ITEM } from "@/lib/twin-cities-match";
import { itemRef, pairKey, planTies, type CityMatch, type Resolution, type RowReport } from "@/lib/twin-cities-plan";
import { planBatches } from "@/lib/twin-cities-batches";
import { tieTitle } from "@/lib/tie-path";

// Design principle 7: a list arrives as change requests citing the list, reviewed like any
// other edit. Read (lib/twin-cities-list.ts) → match (lib/twin-cities-match.ts) → plan the
// ties and batches (lib/twin-cities-plan.ts, lib/twin-cities-batches.ts) → propose, here.

// The list's licence asks for this attribution wherever its data shows; it is the source's
// publisher, so every footnote citing a row names it.
export const LIST_PUBLISHER = "Wikipedia contributors";
export const LIST_TITLE = "Lists of twin towns and sister cities (Wikipedia)";

// Change item ids are made here (newRecordId), so that later batches can name an earlier batch's places.

export type AmbiguousCity = {
  key: string;
  name: string;
  country: string;
  reason: "qualifier" | "several";
  candidates: { ref: string; label: string }[];
};

// The cities of the list, each once.
export function citiesOf(rows: ListRow[]): ListCity[] {
  const cities = new Map<string, ListCity>();
  for (const row of rows) if (row.unreadable === undefined) for (const city of [row.a, row.b]) cities.set(cityKeyOf(city), city);
  return [...cities.values()];
}

// The list as a source is found by its publisher (the attribution its licence asks for).
const isListSource = { publisher: LIST_PUBLISHER, kind: "DIRECTORY" } as const;

const pendingCitationSchema = citationSchema.pick({ recordType: true, sourceId: true, quote: true });

// Rows of any version of the list already cited for a tie, published or proposed: the same
// row is never proposed twice, however its places were resolved the first time.
async function citedRows(): Promise<Set<string>> {
  const published = await prisma.citation.findMany({
    where: { recordType: "TIE", field: "exists", retiredAt: null, source: isListSource },
    select: { quote: true },
  });
  const rows = new Set(published.map((c) => c.quote));
  const listSources = await prisma.source.findMany({ where: isListSource, select: { id: true } });
  const pendingSources = await prisma.changeItem.findMany({
    where: { recordType: "SOURCE", operation: "CREATE", ...OPEN_ITEM },
    select: { id: true, payload: true },
  });
  const sourceRefs = new Set([
    ...listSources.map((source) => source.id),
    ...pendingSources
      .filter((item) => sourceRecordSchema.safeParse(item.payload).data?.publisher === LIST_PUBLISHER)
      .map((item) => itemRef(item.id)),
  ]);
  const pending = await prisma.changeItem.findMany({
    where: { recordType: "CITATION", operation: "CREATE", ...OPEN_ITEM },
    select: { payload: true },
  });
  for (const item of pending) {
    const citation = pendingCitationSchema.safeParse(item.payload);
    if (citation.success && citation.data.recordType === "TIE" && sourceRefs.has(citation.data.sourceId)) rows.add(citation.data.quote);
  }
  return rows;
}

// `rows`: the rows not cited yet, the only ones matched and proposed.
export type Matching = { rows: ListRow[]; alreadyCited: number; matches: Map<string, CityMatch>; ambiguous: AmbiguousCity[] };

// Every city of the rows not yet cited matched against the places and pending proposals;
// the ambiguous ones listed with their candidates named, for an editor to resolve.
export async function matchList(allRows: ListRow[]): Promise<Matching> {
  const cited = await citedRows();
  const rows = allRows.filter((row) => !cited.has(row.quote));
  const index = await loadPlaceIndex(prisma);
  const cities = citiesOf(rows);
  const matches = matchCities(index, cities);
  const unresolved = cities.filter((city) => matches.get(cityKeyOf(city))?.kind === "ambiguous");
  const refs = unresolved.flatMap((city) => {
    const match = matches.get(cityKeyOf(city));
    return match?.kind === "ambiguous" ? match.candidates.map((c) => c.ref) : [];
  });
  const labels = await labelCandidates(prisma, index, refs);
  const ambiguous = unresolved.map((city): AmbiguousCity => {
    const match = matches.get(cityKeyOf(city)) as Extract<CityMatch, { kind: "ambiguous" }>;
    const candidates = match.candidates.map((c) => ({ ref: c.ref, label: labels.get(c.ref) ?? c.ref }));
    return { key: cityKeyOf(city), name: city.name, country: city.country, reason: match.reason, candidates };
  });
  return { rows, alreadyCited: allRows.length - rows.length, matches, ambiguous };
}

// The list as a source: the one already published or proposed with the same text, else a
// change of its own proposing it (approved first: every batch cites it).
async function listSource(actor: Actor, text: string, asOf: string): Promise<{ ref: string; proposed: boolean }> {
  const hash = snapshotHash(text);
  const published = await prisma.source.findFirst({ where: { snapshotHash: hash, retiredAt: null }, select: { id: true } });
  if (published) return { ref: published.id, proposed: false };
  const pending = await prisma.changeItem.findMany({
    where: { recordType: "SOURCE", operation: "CREATE", ...OPEN_ITEM },
    select: { id: true, payload: true },
  });
  const same = pending.find((item) => {
    const source = sourceRecordSchema.safeParse(item.payload);
    return source.success && snapshotHash(source.data.snapshot) === hash;
  });
  if (same) return { ref: itemRef(same.id), proposed: false };
  const payload: SourceInput = {
    url: "",
    title: `${LIST_TITLE}, as retrieved ${asOf}`,
    publisher: LIST_PUBLISHER,
    lang: "en",
    kind: "DIRECTORY",
    publishedOn: "",
    accessedOn: asOf,
    snapshot: text,
  };
  const id = newRecordId();
  await createChange(actor, {
    title: `Twin-cities list: the list as a source (approve before its batches), as retrieved ${asOf}`,
    submit: true,
    items: [{ id, recordType: "SOURCE", operation: "CREATE", ref: "source", payload }],
  });
  return { ref: itemRef(id), proposed: true };
}

// Pairs of places already tied, published or proposed, as pairKey of their refs: a pending
// tie's place is its id, or the item proposing it ("ref:" inside its own change).
async function knownPairs(): Promise<Set<string>> {
  const pairs = new Set<string>();
  const ties = await prisma.tie.findMany({ select: { placeAId: true, placeBId: true } });
  for (const tie of ties) pairs.add(pairKey(tie.placeAId, tie.placeBId));
  const items = await prisma.changeItem.findMany({
    where: { recordType: { in: ["TIE", "PLACE"] }, operation: "CREATE", ...OPEN_ITEM },
    select: { id: true, changeRequestId: true, recordType: true, ref: true, payload: true },
  });
  const byRef = new Map(items.filter((i) => i.recordType === "PLACE" && i.ref).map((i) => [`${i.changeRequestId}|ref:${i.ref}`, i.id]));
  const pending = items.flatMap((item) => {
    const tie = item.recordType === "TIE" ? tieSchema.safeParse(item.payload) : null;
    if (!tie?.success) return [];
    const endOf = (id: string) => (id.startsWith("ref:") ? itemRef(byRef.get(`${item.changeRequestId}|${id}`) ?? id) : id);
    return [[endOf(tie.data.placeAId), endOf(tie.data.placeBId)]];
  });
  // A place an earlier batch proposed and a reviewer has approved is matched by its id now.
  const approved = await prisma.changeItem.findMany({
    where: { recordType: "PLACE", operation: "CREATE", status: "APPROVED", recordId: { not: null } },
    select: { id: true, recordId: true },
  });
  const placeOf = new Map(approved.map((item) => [itemRef(item.id), item.recordId!]));
  for (const [a, b] of pending) pairs.add(pairKey(placeOf.get(a) ?? a, placeOf.get(b) ?? b));
  return pairs;
}

// Ties an earlier list was cited for that this one no longer names: reported for an editor,
// never removed.
async function tiesNoLongerListed(quotes: Set<string>, listedPairs: Set<string>): Promise<string[]> {
  const cited = await prisma.citation.findMany({
    where: { recordType: "TIE", field: "exists", retiredAt: null, source: isListSource },
    select: { recordId: true, quote: true },
  });
  if (cited.length === 0) return [];
  const stillListed = new Set(cited.filter((c) => quotes.has(c.quote)).map((c) => c.recordId));
  const unlisted = new Set(cited.map((c) => c.recordId).filter((id) => !stillListed.has(id)));
  const ties = await prisma.tie.findMany({
    where: { retiredAt: null },
    select: { id: true, placeAId: true, placeBId: true, placeA: { select: { name: true } }, placeB: { select: { name: true } } },
  });
  return ties
    .filter((t) => unlisted.has(t.id) && !listedPairs.has(pairKey(t.placeAId, t.placeBId)))
    .map((t) => tieTitle(t.placeA.name, t.placeB.name));
}

export type ImportSummary = {
  changes: number;
  sourceProposed: boolean;
  placesReused: number;
  placesCreated: number;
  placesAmbiguous: number;
  tiesProposed: number;
  tiesAlreadyRecorded: number;
  rowsAlreadyCited: number;
  duplicates: RowReport[];
  selfPairs: RowReport[];
  unreadable: RowReport[];
  skipped: RowReport[];
  noLongerListed: string[];
};

type ProposeInput = {
  text: string;
  rows: ListRow[];
  matching: Matching;
  resolutions: Map<string, Resolution>;
  asOf: string;
  onProgress?: (done: number, total: number) => Promise<void> | void;
};

// Proposes what the list adds: nothing published or pending again, every batch a change
// request submitted for review.
export async function proposeList(actor: Actor, input: ProposeInput): Promise<ImportSummary> {
  if (!can(actor, "change:propose")) throw new PermissionDenied("You may not propose changes");
  const { text, matching, resolutions, asOf } = input;
  const rows = matching.rows;
  const plan = planTies({ rows, matches: matching.matches, resolutions, knownPairs: await knownPairs() });
  const noLongerListed = await tiesNoLongerListed(new Set(input.rows.map((row) => row.quote)), plan.listedPairs);
  const summary = {
    sourceProposed: false,
    placesReused: plan.reusedPlaces,
    placesCreated: plan.newPlaces,
    placesAmbiguous: matching.ambiguous.length,
    tiesProposed: plan.ties.length,
    tiesAlreadyRecorded: plan.alreadyRecorded,
    rowsAlreadyCited: matching.alreadyCited,
    duplicates: plan.duplicates,
    selfPairs: plan.selfPairs,
    unreadable: plan.unreadable,
    skipped: plan.skipped,
    noLongerListed,
  };
  if (plan.ties.length === 0) return { ...summary, changes: 0 };
  const source = await listSource(actor, text, asOf);
  const batches = planBatches({ ties: plan.ties, sourceRef: source.ref, text, asOf, countryName, newId: newRecordId });
  await input.onProgress?.(0, batches.length);
  for (const [i, batch] of batches.entries()) {
    await createChange(actor, { title: batch.title, items: batch.items, submit: true });
    await input.onProgress?.(i + 1, batches.length);
  }
  return { ...summary, sourceProposed: source.proposed, changes: batches.length + (source.proposed ? 1 : 0) };
}
