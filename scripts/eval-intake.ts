// Scores the intake analysis (lib/intake) against the gold files in eval/intake: recall and
// precision per article and per kind, twice: with the seed's records known (as on the demo
// database, where these articles' names are already recorded) and with no record known
// (every name must be discovered from the text alone).
//
//   npm run eval:intake
//
// The articles are read from ../shared/sources (or AMITY_SOURCES_DIR); they are not part
// of the repository.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyseArticle } from "@/lib/intake/analyse";
import type { Analysis, KnownRecord } from "@/lib/intake/types";
import { datesFit, RULES, score, sharesName, titlesFit, type Named, type Score } from "./eval-intake/match";
import { seedRecords } from "./eval-intake/seed-records";

type Gold = {
  article: string;
  articleDate: string;
  places: Named[];
  people: Named[];
  organisations: Named[];
  ties: { places: [string, string] }[];
  delegations: { leader: string | null; from: string | null; stops: string[]; start?: string | null; end?: string }[];
  agreements: { kind: string; parties: string[]; date?: string | null; venue?: string }[];
  events: { title: string }[];
  figures: { count: number }[];
  dates: { value: string }[];
};

const KINDS = ["places", "people", "organisations", "ties", "delegations", "agreements", "venues", "events", "figures", "dates"] as const;
type Kind = (typeof KINDS)[number];
const TARGET_RECALL: Partial<Record<Kind, number>> = { places: 0.9, people: 0.9, ties: 0.8, delegations: 0.8, agreements: 0.8 };
const TARGET_PRECISION = 0.7;

const goldDir = fileURLToPath(new URL("../eval/intake/", import.meta.url));
const sourcesDir = process.env.AMITY_SOURCES_DIR ?? fileURLToPath(new URL("../../shared/sources/", import.meta.url));

function scoreArticle(gold: Gold, analysis: Analysis): Record<Kind, Score> {
  const entity = (i: number | null) => (i === null ? null : analysis.entities[i]);
  const textsOf = (i: number | null) => {
    const e = entity(i);
    return e ? [e.name, ...e.texts] : [];
  };
  const goldNamed = (name: string | null): Named | null => {
    if (!name) return null;
    return [...gold.places, ...gold.people, ...gold.organisations].find((g) => sharesName([name], g)) ?? { name };
  };
  const is = (i: number | null, name: string | null) => {
    const g = goldNamed(name);
    return i !== null && g !== null && sharesName(textsOf(i), g);
  };
  const ofKind = (kind: string) => analysis.entities.filter((e) => e.kind === kind).map((e) => [e.name, ...e.texts]);
  const isAgreement = (p: Analysis["agreements"][number], g: Gold["agreements"][number]) =>
    p.kind === g.kind && datesFit(p.date?.value, g.date) && p.parties.some((party) => g.parties.some((name) => is(party, name)));
  const dates = [...new Set(analysis.dates.flatMap((d) => [d.value, ...(d.endValue ? [d.endValue] : [])]))];
  return {
    places: score(gold.places, ofKind("place"), (p, g) => sharesName(p, g)),
    people: score(gold.people, ofKind("person"), (p, g) => sharesName(p, g)),
    organisations: score(gold.organisations, ofKind("organisation"), (p, g) => sharesName(p, g)),
    ties: score(gold.ties, analysis.ties, (p, g) => {
      const [a, b] = p.places;
      return (is(a, g.places[0]) && is(b, g.places[1])) || (is(a, g.places[1]) && is(b, g.places[0]));
    }),
    delegations: score(
      gold.delegations,
      analysis.delegations,
      (p, g) =>
        datesFit(p.beganEarlier ? null : p.date?.value, g.start) &&
        datesFit(p.end, g.end) &&
        ((g.leader !== null && is(p.leader, g.leader)) || (is(p.from, g.from) && p.stops.some((s) => g.stops.some((stop) => is(s, stop))))),
      true,
    ),
    agreements: score(gold.agreements, analysis.agreements, isAgreement, true),
    // Where an agreement was signed: the place or the building's name, on the right agreement.
    venues: score(
      gold.agreements.filter((g) => g.venue),
      analysis.agreements.filter((p) => p.venue !== undefined || p.venueName),
      (p, g) => isAgreement(p, g) && sharesName([...textsOf(p.venue ?? null), ...(p.venueName ? [p.venueName] : [])], { name: g.venue! }),
      true,
    ),
    events: score(gold.events, analysis.events, (p, g) => titlesFit(p.title, g.title), true),
    figures: score(gold.figures, analysis.figures, (p, g) => p.count === g.count),
    dates: score(gold.dates, dates, (p, g) => p === g.value),
  };
}

const percent = (n: number, d: number) => (d === 0 ? "   –  " : `${((100 * n) / d).toFixed(0).padStart(4)} %`);

function printTable(title: string, rows: [string, Score][]) {
  console.log(`\n${title}`);
  console.log("  kind           gold  sugg  found  recall  precision");
  for (const [kind, s] of rows) {
    console.log(
      `  ${kind.padEnd(13)} ${String(s.gold).padStart(4)}  ${String(s.predicted).padStart(4)}  ${String(s.found).padStart(5)}  ${percent(s.found, s.gold)}  ${percent(s.correct, s.predicted)}`,
    );
  }
}

function runMode(label: string, records: KnownRecord[], golds: Gold[]) {
  console.log(`\n=== ${label} ===`);
  const totals = Object.fromEntries(KINDS.map((k) => [k, { gold: 0, predicted: 0, found: 0, correct: 0 }])) as Record<Kind, Score>;
  for (const gold of golds) {
    const text = readFileSync(`${sourcesDir.replace(/\/$/, "")}/${gold.article}`, "utf8");
    const started = performance.now();
    const analysis = analyseArticle(text, { articleDate: gold.articleDate, records });
    const ms = performance.now() - started;
    const scores = scoreArticle(gold, analysis);
    printTable(
      `${gold.article} (${text.split(/\s+/).length} words, analysed in ${ms.toFixed(0)} ms)`,
      KINDS.map((k) => [k, scores[k]]),
    );
    for (const k of KINDS) for (const f of ["gold", "predicted", "found", "correct"] as const) totals[k][f] += scores[k][f];
  }
  printTable(
    `All three articles (${label})`,
    KINDS.map((k) => [k, totals[k]]),
  );
  const misses = KINDS.flatMap((k) => {
    const s = totals[k];
    const recall = s.gold ? s.found / s.gold : 1;
    const precision = s.predicted ? s.correct / s.predicted : 1;
    return [
      ...(TARGET_RECALL[k] !== undefined && recall < TARGET_RECALL[k]
        ? [`${k} recall ${(100 * recall).toFixed(0)} % < ${100 * TARGET_RECALL[k]} %`]
        : []),
      ...(precision < TARGET_PRECISION ? [`${k} precision ${(100 * precision).toFixed(0)} % < ${100 * TARGET_PRECISION} %`] : []),
    ];
  });
  console.log(misses.length ? `  Below target: ${misses.join("; ")}` : "  All targets met.");
}

const golds = readdirSync(goldDir)
  .filter((file) => file.endsWith(".gold.json"))
  .sort()
  .map((file) => JSON.parse(readFileSync(`${goldDir}${file}`, "utf8")) as Gold);

console.log("Matching rules:");
for (const [kind, rule] of Object.entries(RULES)) console.log(`  ${kind}: ${rule}`);
runMode("Known: the seed's records (the demo database)", seedRecords(), golds);
runMode("Known: no record (every name discovered from the text)", [], golds);
