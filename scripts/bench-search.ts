// Benchmark: building the name search index for 20,000 names (Chinese, Japanese and Korean
// places with their native names and romanizations, and people of the three countries),
// then looking names up by Latin, Chinese, Japanese and Korean queries, whole or in part.
// Prints figures; asserts nothing. Names are made up from common characters, seeded, so
// runs are comparable.
//
//   npm run bench:search
import { performance } from "node:perf_hooks";
import { openScratchDatabase } from "./scratch-database";
import { makeNamedRecords, type BenchQueries } from "./bench-search-data";

const RUNS_PER_SCRIPT = 300;

openScratchDatabase();

const { prisma, enableWal } = await import("../lib/db");
const { reindexAllNames, indexRecordNames } = await import("../lib/search-index");
const { findByName, findNearNames } = await import("../lib/name-search");

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (n=${samples.length})`;
}

async function seed() {
  const { places, people, names, queries } = makeNamedRecords();
  for (let i = 0; i < places.length; i += 1000) await prisma.place.createMany({ data: places.slice(i, i + 1000) });
  for (let i = 0; i < people.length; i += 1000) await prisma.person.createMany({ data: people.slice(i, i + 1000) });
  for (let i = 0; i < names.length; i += 1000) await prisma.name.createMany({ data: names.slice(i, i + 1000) });
  console.log(`Seeded ${places.length} places and ${people.length} people with ${names.length} names (plus their English names)`);
  return queries;
}

async function timeQueries(label: string, queries: string[]) {
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS_PER_SCRIPT; run++) {
    const query = queries[run % queries.length];
    const start = performance.now();
    const matches = await findByName(prisma, query);
    times.push(performance.now() - start);
    if (matches.length > 0) found++;
  }
  console.log(`${label.padEnd(34)} ${stats(times)}; ${found}/${RUNS_PER_SCRIPT} found something`);
}

async function timeNearNames(queries: BenchQueries["near"]) {
  const times: number[] = [];
  for (let run = 0; run < RUNS_PER_SCRIPT; run++) {
    const { text, recordType } = queries[run % queries.length];
    const start = performance.now();
    await findNearNames(prisma, text, recordType);
    times.push(performance.now() - start);
  }
  console.log(`${"Near names (one typo)".padEnd(34)} ${stats(times)}`);
}

await enableWal(prisma);
const queries = await seed();
let start = performance.now();
const keys = await reindexAllNames(prisma);
console.log(`Index build (reindexAllNames): ${((performance.now() - start) / 1000).toFixed(2)} s, ${keys} keys`);
const place = await prisma.place.findFirstOrThrow({ select: { id: true } });
start = performance.now();
await prisma.$transaction((tx) => indexRecordNames(tx, "PLACE", place.id));
console.log(`Reindex one record (indexRecordNames): ${(performance.now() - start).toFixed(1)} ms`);
await timeQueries("Latin (English names, romanizations)", queries.latin);
await timeQueries("Chinese (simplified, traditional)", queries.chinese);
await timeQueries("Japanese (kanji, kana, romaji)", queries.japanese);
await timeQueries("Korean (Hangul)", queries.korean);
await timeNearNames(queries.near);
await prisma.$disconnect();
