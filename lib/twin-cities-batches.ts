import type { ProposedItem } from "@/lib/change-request";
import { CONTEXT_LENGTH } from "@/lib/quote-anchor";
import { cityKeyOf } from "@/lib/twin-cities-list";
import { itemRef, newPlaceContent, type End, type PlannedTie } from "@/lib/twin-cities-plan";

// A reviewer reads a batch in one sitting: at most this many items (records and citations).
export const BATCH_ITEMS = 500;

export type Batch = { title: string; countryPairs: string[]; items: ProposedItem[] };

type BatchInput = {
  ties: PlannedTie[];
  // The list as a source: its id, or "item:<id>" of the change proposing it.
  sourceRef: string;
  text: string;
  asOf: string;
  countryName: (code: string) => string;
  newId: () => string;
};

const ref = (name: string) => `ref:${name}`;

function citation(recordType: "TIE" | "PLACE", recordId: string, sourceRef: string, text: string, row: PlannedTie["rows"][number]) {
  const payload = {
    recordType,
    recordId,
    field: "exists",
    sourceId: sourceRef,
    quote: row.quote,
    prefix: text.slice(Math.max(0, row.start - CONTEXT_LENGTH), row.start),
    suffix: text.slice(row.start + row.quote.length, row.start + row.quote.length + CONTEXT_LENGTH),
    startOffset: row.start,
    assertedValue: "",
    rank: "NORMAL" as const,
    rankReason: "",
  };
  return { recordType: "CITATION" as const, operation: "CREATE" as const, payload };
}

const countryPairOf = (tie: PlannedTie) => [...tie.countries].sort().join("|");

// Ties grouped by the pair of countries they join, whole country pairs packed into batches
// of at most BATCH_ITEMS items (a pair larger than that is split). A new place is proposed in
// the first batch that needs it, with the row that names it as its citation; later batches
// point at that item.
export function planBatches({ ties, sourceRef, text, asOf, countryName, newId }: BatchInput): Batch[] {
  const groups = new Map<string, PlannedTie[]>();
  for (const tie of ties) groups.set(countryPairOf(tie), [...(groups.get(countryPairOf(tie)) ?? []), tie]);
  const proposedPlaces = new Map<string, { batch: number; ref: string; itemId: string }>();
  const batches: Batch[] = [];
  let tieCount = 0;

  const placeOf = (end: End, items: ProposedItem[], row: PlannedTie["rows"][number]): string => {
    if ("ref" in end) return end.ref;
    const key = cityKeyOf(end.city);
    const proposed = proposedPlaces.get(key);
    if (proposed) return proposed.batch === batches.length - 1 ? ref(proposed.ref) : itemRef(proposed.itemId);
    const placed = { batch: batches.length - 1, ref: `place-${proposedPlaces.size}`, itemId: newId() };
    proposedPlaces.set(key, placed);
    const place = { id: placed.itemId, recordType: "PLACE" as const, operation: "CREATE" as const, ref: placed.ref };
    items.push({ ...place, payload: newPlaceContent(end.city) }, citation("PLACE", ref(placed.ref), sourceRef, text, row));
    return ref(placed.ref);
  };

  const tieItems = (tie: PlannedTie): ProposedItem[] => {
    const items: ProposedItem[] = [];
    const [placeAId, placeBId] = tie.ends.map((end) => placeOf(end, items, tie.rows[0]));
    const n = tieCount++;
    const note = `Listed as twinned in Wikipedia's lists of twin towns and sister cities, as of ${asOf}.`;
    items.push(
      { recordType: "TIE", operation: "CREATE", ref: `tie-${n}`, payload: { placeAId, placeBId, summary: "" } },
      {
        recordType: "TIE_EVENT",
        operation: "CREATE",
        ref: `event-${n}`,
        payload: { tieId: ref(`tie-${n}`), type: "LISTED", kind: null, term: "", occurredOn: "", note },
      },
      ...tie.rows.map((row) => citation("TIE", ref(`tie-${n}`), sourceRef, text, row)),
    );
    return items;
  };

  const newBatch = (): Batch => {
    batches.push({ title: "", countryPairs: [], items: [] });
    return batches[batches.length - 1];
  };

  // A tie's own items come with the places it needs; counted before they are taken, so a
  // tie never straddles two batches.
  const itemsNeeded = (tie: PlannedTie) =>
    2 + tie.rows.length + tie.ends.filter((end) => "city" in end && !proposedPlaces.has(cityKeyOf(end.city))).length * 2;

  for (const [pair, pairTies] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const size = pairTies.reduce((sum, tie) => sum + itemsNeeded(tie), 0);
    const last = batches.at(-1);
    let batch = last && last.items.length + size <= BATCH_ITEMS ? last : newBatch();
    batch.countryPairs.push(pair);
    for (const tie of pairTies) {
      if (batch.items.length + itemsNeeded(tie) > BATCH_ITEMS) {
        batch = newBatch();
        batch.countryPairs.push(pair);
      }
      batch.items.push(...tieItems(tie));
    }
  }
  return batches.map((batch, i) => ({ ...batch, title: batchTitle(batch, i, batches.length, countryName) }));
}

function batchTitle(batch: Batch, index: number, count: number, countryName: (code: string) => string) {
  const pairs = batch.countryPairs.map((pair) => pair.split("|").map(countryName).join("–"));
  const named = pairs.length > 3 ? `${pairs.slice(0, 3).join(", ")} and ${pairs.length - 3} more country pairs` : pairs.join(", ");
  return `Twin-cities list, batch ${index + 1} of ${count}: ${named}`;
}
