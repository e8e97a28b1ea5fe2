// Proposes the twin-cities list (../shared/data/twin-cities-wikipedia/twin_cities.csv, never
// committed: CC BY-SA) as change requests for review, and prints how long each step took and
// what it found. With --approve-all a reviewer approves every waiting batch of the list, timed.
//
//   npm run import:twin-cities -- <file> [--as <editor email>] [--as-of YYYY-MM-DD]
//       [--ambiguous skip|new] [--approve-all --reviewer <reviewer email>]
//
// The database is DATABASE_URL's; point it at a scratch copy to try the whole list.
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { prisma } from "../lib/db";
import { readTwinCitiesList } from "../lib/twin-cities-list";
import { matchList, proposeList, type ImportSummary } from "../lib/twin-cities-import";
import { approveListBatches } from "../lib/twin-cities-approval";
import type { Resolution } from "../lib/twin-cities-plan";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    as: { type: "string" },
    "as-of": { type: "string" },
    ambiguous: { type: "string", default: "skip" },
    "approve-all": { type: "boolean", default: false },
    reviewer: { type: "string" },
  },
});

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function userOf(email: string | undefined, role: "EDITOR" | "REVIEWER") {
  const where = email ? { email } : { role, disabledAt: null };
  const user = await prisma.user.findFirst({ where, select: { id: true, role: true, email: true } });
  if (!user)
    throw new Error(email ? `No account has the address ${email}.` : `No ${role.toLowerCase()} account: give one with --as / --reviewer.`);
  return user;
}

function printSummary(summary: ImportSummary) {
  const count = (label: string, n: number) => console.log(`  ${label.padEnd(34)} ${n.toLocaleString("en")}`);
  count("places reused", summary.placesReused);
  count("places created", summary.placesCreated);
  count("places ambiguous (resolution list)", summary.placesAmbiguous);
  count("ties proposed", summary.tiesProposed);
  count("rows already cited (earlier import)", summary.rowsAlreadyCited);
  count("ties already recorded or pending", summary.tiesAlreadyRecorded);
  count("duplicate rows skipped", summary.duplicates.length);
  count("self-pairs skipped", summary.selfPairs.length);
  count("rows unreadable (country, name)", summary.unreadable.length);
  count("rows left out (unresolved places)", summary.skipped.length);
  count("ties no longer listed (reported)", summary.noLongerListed.length);
  count("change requests", summary.changes);
}

async function main() {
  const [file] = positionals;
  if (!file) throw new Error("Give the list's file: npm run import:twin-cities -- <file>");
  const editor = await userOf(values.as, "EDITOR");
  const asOf = values["as-of"] ?? statSync(file).mtime.toISOString().slice(0, 10);

  const started = performance.now();
  const list = readTwinCitiesList(readFileSync(file));
  if (!list.ok) throw new Error(list.problem);
  const read = seconds(started);

  const matchStarted = performance.now();
  const matching = await matchList(list.rows);
  const matched = seconds(matchStarted);

  // The console cannot ask: ambiguous places are left out (listed below), or made new places.
  const choice: Resolution = values.ambiguous === "new" ? { kind: "new" } : { kind: "skip" };
  const resolutions = new Map(matching.ambiguous.map((city) => [city.key, choice]));
  const proposeStarted = performance.now();
  const summary = await proposeList(editor, { text: list.text, rows: list.rows, matching, resolutions, asOf });
  const proposed = seconds(proposeStarted);

  console.log(`${file}: ${list.rows.length.toLocaleString("en")} rows, as of ${asOf}, proposed as ${editor.email}`);
  console.log(`  read ${read}, match ${matched}, propose ${proposed}; total ${seconds(started)}`);
  printSummary(summary);
  if (values.ambiguous !== "new" && matching.ambiguous.length > 0)
    console.log(
      `  ambiguous, left out: ${matching.ambiguous
        .slice(0, 8)
        .map((c) => c.name)
        .join("; ")}${matching.ambiguous.length > 8 ? " …" : ""}`,
    );

  if (values["approve-all"]) {
    const reviewer = await userOf(values.reviewer, "REVIEWER");
    const approveStarted = performance.now();
    const approved = await approveListBatches(reviewer, editor.id);
    console.log(`  approved ${approved.approved} change requests as ${reviewer.email} in ${seconds(approveStarted)}`);
    for (const refusal of approved.refused.slice(0, 5)) console.log(`  refused: ${refusal}`);
  }
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
