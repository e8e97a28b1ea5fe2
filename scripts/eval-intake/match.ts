import { datesAgree, isPartialDate } from "@/lib/partial-date";
import { foldName } from "@/lib/search-key";

// The matching rules of the intake evaluation, one per kind (printed with the results).

export type Named = { name: string; aliases?: string[] };

export const RULES = {
  entities:
    "same name: any name or alias of the gold item equals (folded: case, spacing, hyphens, tone marks) the suggestion's name or any text it was mentioned by",
  ties: "both places match the gold tie's places (either order); duplicates of a found tie are not counted against precision",
  delegations:
    "same leader, or same sender and at least one stop in common; start dates agree at the vaguer precision when both are given; one to one",
  agreements: "same kind, at least one party in common, dates agree at the vaguer precision when both are given; one to one",
  venues: "on an agreement that matches, the venue place or the building's name matches the gold venue; one to one",
  events: "at least 60 % of the words of the shorter title are in the other; one to one",
  figures: "same count",
  dates: "same value at the same precision (a range's two ends are two dates)",
};

export const namesOf = (item: Named) => new Set([item.name, ...(item.aliases ?? [])].map(foldName));

export function sharesName(texts: string[], gold: Named): boolean {
  const names = namesOf(gold);
  return texts.some((text) => names.has(foldName(text)));
}

export function datesFit(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || !isPartialDate(a) || !isPartialDate(b) || datesAgree(a, b);
}

export function titlesFit(a: string, b: string): boolean {
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1),
    );
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size)) >= 0.6;
}

export type Score = { gold: number; predicted: number; found: number; correct: number };

// Recall: gold items some suggestion matches. Precision: suggestions that match some gold
// item (one to one when `oneToOne`: a second suggestion for the same item is then wrong).
export function score<G, P>(gold: G[], predicted: P[], fits: (p: P, g: G) => boolean, oneToOne = false): Score {
  if (!oneToOne) {
    return {
      gold: gold.length,
      predicted: predicted.length,
      found: gold.filter((g) => predicted.some((p) => fits(p, g))).length,
      correct: predicted.filter((p) => gold.some((g) => fits(p, g))).length,
    };
  }
  const taken = new Set<number>();
  let correct = 0;
  for (const p of predicted) {
    const at = gold.findIndex((g, i) => !taken.has(i) && fits(p, g));
    if (at >= 0) {
      taken.add(at);
      correct++;
    }
  }
  return { gold: gold.length, predicted: predicted.length, found: taken.size, correct };
}
