import type { FieldErrors } from "@/lib/action-result";
import type { AmbiguousCity } from "@/lib/twin-cities-import";
import { CHOOSE, NEW_PLACE, SKIP, type ResolutionChoices, type ResolutionList } from "@/lib/import-run-schema";

// The resolution list of an import run (ImportRun.resolutions): the editor's choices checked
// against the cities the matching left open. Pure, so the rules are tested without a server.

// A choice stands if it is a new place, a skip, or one of the city's candidates as matched:
// a candidate the editor never saw, or one gone since, is no answer.
export const isValidChoice = (city: Pick<AmbiguousCity, "candidates">, choice: string | null | undefined): choice is string =>
  choice === NEW_PLACE || choice === SKIP || city.candidates.some((candidate) => candidate.ref === choice);

// Every city of the list needs a valid choice; the errors are keyed by the city's place in
// the list, as the form shows it ("choices.3.choice").
export function applyChoices(
  list: ResolutionList,
  choices: ResolutionChoices["choices"],
): { ok: true; list: ResolutionList } | { ok: false; fieldErrors: FieldErrors } {
  const chosen = new Map(choices.map(({ key, choice }) => [key, choice]));
  const fieldErrors: FieldErrors = {};
  list.forEach((city, i) => {
    if (!isValidChoice(city, chosen.get(city.key))) fieldErrors[`choices.${i}.choice`] = CHOOSE;
  });
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, list: list.map((city) => ({ ...city, choice: chosen.get(city.key)! })) };
}

// The list matched again before proposing, places having changed meanwhile: each city still
// ambiguous keeps the editor's choice while it still stands; a new one, or one whose chosen
// candidate is gone, waits for a choice again.
export function carryChoices(earlier: ResolutionList, ambiguous: AmbiguousCity[]): { list: ResolutionList; unresolved: number } {
  const chosen = new Map(earlier.map((city) => [city.key, city.choice]));
  const list = ambiguous.map((city) => {
    const choice = chosen.get(city.key);
    return { ...city, choice: isValidChoice(city, choice) ? choice : null };
  });
  return { list, unresolved: list.filter((city) => city.choice === null).length };
}

// Matching and proposing write to their run as they go (proposing after every batch); a
// run that has not moved for this long was cut off, by a restart of the server most likely.
export const STALLED_AFTER_MS = 15 * 60 * 1000;

export const isWorking = (status: string) => status === "MATCHING" || status === "PROPOSING";

export const isStalled = (run: { status: string; updatedAt: Date }, now = new Date()) =>
  isWorking(run.status) && now.getTime() - run.updatedAt.getTime() > STALLED_AFTER_MS;
