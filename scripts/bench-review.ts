// Benchmark: server time to approve a change touching 20 records, and to build a review
// diff (load each record, compare, resolve names), on a database of 10,000 places.
// Prints figures; asserts nothing. React's HTML rendering of the table is not included:
// lib/ runs here under the react-server condition, which has no react-dom/server.
//
//   npm run bench:review
import { performance } from "node:perf_hooks";
import { openScratchDatabase } from "./scratch-database";

const RECORDS = 10_000;
const ITEMS_PER_CHANGE = 20;
const RUNS = 15;

openScratchDatabase();

const { prisma, enableWal } = await import("../lib/db");
const { approveChange } = await import("../lib/change-review");
const { createChange } = await import("../lib/change-request");
const { getChangeDetail } = await import("../lib/change-detail");
const { placeRecord } = await import("../lib/place-record");

async function seedPlaces() {
  const batch = 500;
  for (let start = 0; start < RECORDS; start += batch) {
    const rows = Array.from({ length: batch }, (_, i) => ({
      id: `place-${start + i}`,
      slug: `place-${start + i}`,
      name: `Place ${start + i}`,
      country: "JP",
      level: "CITY" as const,
    }));
    await prisma.place.createMany({ data: rows });
    await prisma.name.createMany({
      data: rows.map((row) => ({
        placeId: row.id,
        text: `${row.name}市`,
        normalized: `${row.name}市`,
        lang: "ja",
        kind: "NATIVE" as const,
        isPreferred: true,
      })),
    });
  }
}

async function proposeTwentyEdits(authorId: string, run: number) {
  const items = [];
  for (let i = 0; i < ITEMS_PER_CHANGE; i++) {
    const id = `place-${(run * ITEMS_PER_CHANGE + i) % RECORDS}`;
    const current = await placeRecord.load(prisma, id);
    items.push({
      recordType: "PLACE" as const,
      operation: "UPDATE" as const,
      recordId: id,
      baseVersion: current!.version,
      payload: { ...current!.content, summary: `Edited in run ${run}` },
    });
  }
  return createChange({ id: authorId, role: "EDITOR" }, { title: `Bench ${run}`, items, submit: true });
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms (n=${samples.length})`;
}

await enableWal(prisma);
const seedStart = performance.now();
await seedPlaces();
console.log(`Seeded ${RECORDS} places with names in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
const editor = await prisma.user.create({ data: { email: "bench-editor@test", name: "Bench editor", passwordHash: "x", role: "EDITOR" } });
const reviewer = await prisma.user.create({
  data: { email: "bench-reviewer@test", name: "Bench reviewer", passwordHash: "x", role: "REVIEWER" },
});

const reviewTimes: number[] = [];
const approveTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const change = await proposeTwentyEdits(editor.id, run);
  let start = performance.now();
  const detail = await getChangeDetail({ id: reviewer.id, role: "REVIEWER" }, change.id);
  reviewTimes.push(performance.now() - start);
  if (detail?.items.length !== ITEMS_PER_CHANGE) throw new Error("incomplete review");
  start = performance.now();
  const result = await approveChange({ id: reviewer.id, role: "REVIEWER" }, change.id, "all", { seenRevision: 1 });
  approveTimes.push(performance.now() - start);
  if (!result.ok) throw new Error(result.formError);
}
console.log(`Review diff of a ${ITEMS_PER_CHANGE}-record change (load, diff, names): ${stats(reviewTimes)}`);
console.log(`Approve a ${ITEMS_PER_CHANGE}-record change (one transaction, revisions, audit): ${stats(approveTimes)}`);
await prisma.$disconnect();
