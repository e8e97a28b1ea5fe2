import { cityKeyOf, type ListCity, type ListRow } from "@/lib/twin-cities-list";
import { placeSchema } from "@/lib/place-schema";
import { searchKeysOf } from "@/lib/search-key";

// What the importer proposes from a read list, once every city is matched: one tie per
// unordered pair, each with its "listed as twinned" event and its row(s) of the list as the
// citation, and the places no record or pending proposal has yet. Pure: the database work
// (matching, storing) is in lib/twin-cities-import.ts.

// A place a tie can point at: a published place's id, or "item:<id>", the change item that
// proposes it (pending in another change; lib/change-apply.ts resolves it once approved).
export type PlaceRef = string;

export const itemRef = (itemId: string) => `item:${itemId}`;

export type Candidate = { ref: PlaceRef; label: string };

// How a city of the list was matched; `ambiguous` waits for an editor's resolution.
export type CityMatch =
  { kind: "found"; ref: PlaceRef } | { kind: "new" } | { kind: "ambiguous"; reason: "qualifier" | "several"; candidates: Candidate[] };

export type Resolution = { kind: "pick"; ref: PlaceRef } | { kind: "new" } | { kind: "skip" };

export type RowReport = { line: number; quote: string; reason: string };

export type PlannedTie = { ends: [End, End]; countries: [string, string]; rows: { start: number; quote: string }[] };

export type End = { ref: PlaceRef } | { city: ListCity };

export type TiePlan = {
  ties: PlannedTie[];
  reusedPlaces: number;
  newPlaces: number;
  duplicates: RowReport[];
  selfPairs: RowReport[];
  unreadable: RowReport[];
  skipped: RowReport[];
  alreadyRecorded: number;
  // Pairs, as "ref|ref" in order, the list names: compared with ties imported before.
  listedPairs: Set<string>;
};

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const endKey = (end: End) => ("ref" in end ? end.ref : `new:${cityKeyOf(end.city)}`);

function endOf(city: ListCity, input: PlanInput): End | null {
  const match = input.matches.get(cityKeyOf(city));
  const resolution = input.resolutions.get(cityKeyOf(city));
  if (match?.kind === "found") return { ref: match.ref };
  if (match?.kind === "new") return { city };
  if (resolution?.kind === "pick") return { ref: resolution.ref };
  if (resolution?.kind === "new") return { city };
  return null;
}

type PlanInput = {
  rows: ListRow[];
  matches: Map<string, CityMatch>;
  resolutions: Map<string, Resolution>;
  // Pairs of places already tied, published or pending, as pairKey of their refs.
  knownPairs: Set<string>;
};

// New cities spelled apart but filed under a common key in one country ("Stari Grad
// (Sarajevo)" and "Sarajevo – Stari Grad") are one new place, the first spelling; two would
// be refused at approval as the same place recorded twice (lib/place-rules.ts).
function oneSpelling() {
  const firstByKey = new Map<string, ListCity>();
  return (end: End): End => {
    if (!("city" in end)) return end;
    const keys = searchKeysOf(end.city.name, "en", "PLACE").map((key) => `${end.city.country}|${key}`);
    const first = keys.map((key) => firstByKey.get(key)).find(Boolean);
    if (first) return { city: first };
    for (const key of keys) firstByKey.set(key, end.city);
    return end;
  };
}

// One tie per unordered pair: a pair listed from both sides is one tie citing both rows; the
// same row again is a duplicate, and a city paired with itself is reported, not proposed.
export function planTies(input: PlanInput): TiePlan {
  const { rows, knownPairs } = input;
  const plan: TiePlan = {
    ties: [],
    reusedPlaces: 0,
    newPlaces: 0,
    duplicates: [],
    selfPairs: [],
    unreadable: [],
    skipped: [],
    alreadyRecorded: 0,
    listedPairs: new Set(),
  };
  const byPair = new Map<string, { tie: PlannedTie; sides: Set<string> }>();
  const spelled = oneSpelling();
  const known = new Set<string>();
  const ends = new Set<string>();
  for (const row of rows) {
    const report = (reason: string): RowReport => ({ line: row.line, quote: row.quote, reason });
    if (row.unreadable !== undefined) {
      plan.unreadable.push(report(row.unreadable));
      continue;
    }
    const [a, b] = [row.a, row.b].map((city) => endOf(city, input)).map((end) => end && spelled(end));
    if (!a || !b) {
      plan.skipped.push(report(`${!a ? row.a.name : row.b.name}: left out when the places were resolved`));
      continue;
    }
    const unnamable = [a, b].map((end) => ("city" in end ? newPlaceProblem(end.city) : null)).find(Boolean);
    if (unnamable) {
      plan.unreadable.push(report(unnamable));
      continue;
    }
    const [keyA, keyB] = [endKey(a), endKey(b)];
    if (keyA === keyB) {
      plan.selfPairs.push(report(`${row.a.name} is paired with itself`));
      continue;
    }
    const key = pairKey(keyA, keyB);
    plan.listedPairs.add(key);
    if (knownPairs.has(key)) {
      known.add(key);
      continue;
    }
    const side = `${keyA}>${keyB}`;
    const listed = byPair.get(key);
    if (listed?.sides.has(side)) plan.duplicates.push(report(`${row.a.name} – ${row.b.name} is listed again`));
    else if (listed) {
      listed.sides.add(side);
      listed.tie.rows.push({ start: row.start, quote: row.quote });
    } else {
      const tie: PlannedTie = { ends: [a, b], countries: [row.a.country, row.b.country], rows: [{ start: row.start, quote: row.quote }] };
      byPair.set(key, { tie, sides: new Set([side]) });
      plan.ties.push(tie);
      ends.add(keyA).add(keyB);
    }
  }
  plan.alreadyRecorded = known.size;
  plan.newPlaces = [...ends].filter((key) => key.startsWith("new:")).length;
  plan.reusedPlaces = ends.size - plan.newPlaces;
  return plan;
}

// Why a city of the list cannot become a place as it is written ("X" is too short, a name
// with characters the place form refuses); null when it can.
export function newPlaceProblem(city: ListCity): string | null {
  const parsed = placeSchema.safeParse(newPlaceContent(city));
  return parsed.success ? null : `${city.name}: ${parsed.error.issues[0]?.message ?? "not a place name"}`;
}

// A new place from the list: its English name, its country and coordinates as listed, its
// level unknown until an editor sets it.
export function newPlaceContent(city: ListCity) {
  return {
    name: city.name,
    country: city.country,
    level: "UNKNOWN" as const,
    parentId: null,
    names: [],
    latitude: city.latitude,
    longitude: city.longitude,
    summary: "",
  };
}
