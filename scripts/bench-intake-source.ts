// Benchmark: the intake recognising the registered source an article pasted whole holds
// passages of (lib/source-passages.ts), among 5,000 registered articles of 20 paragraphs.
// The first lookup reads every source, as all lookups did before sources were keyed (and
// keys them); the rest read only the sources whose key the article holds. Prints figures;
// asserts nothing. The articles are made up, the same each run.
//
//   npm run bench:intake-source
import { performance } from "node:perf_hooks";
import { openScratchDatabase } from "./scratch-database";
import { median } from "./bench/measure";

const SOURCES = 5000;
const PARAGRAPHS = 20;
const RUNS = 30;

openScratchDatabase();

const { prisma } = await import("../lib/db");
const { findSourceWithin } = await import("../lib/source-passages");
const { snapshotHash } = await import("../lib/source-text");

const TOPICS = ["trade", "tourism", "student exchanges", "culture", "sport", "health care", "ports", "agriculture"];
const paragraph = (article: number, n: number) =>
  `In paragraph ${n}, the delegation of city ${article} met officials of district ${(article * 31 + n * 17) % 997} ` +
  `to discuss ${TOPICS[(article + n) % TOPICS.length]} and ${TOPICS[(article * 3 + n) % TOPICS.length]} over ${2 + (n % 3)} days.`;
const articleText = (article: number) => Array.from({ length: PARAGRAPHS }, (_, n) => paragraph(article, n)).join("\n");

for (let i = 0; i < SOURCES; i += 500) {
  const data = Array.from({ length: Math.min(500, SOURCES - i) }, (_, k) => {
    const snapshot = articleText(i + k);
    return { title: `Report ${i + k}`, snapshot, snapshotHash: snapshotHash(snapshot) };
  });
  await prisma.source.createMany({ data });
}
console.log(`Registered ${SOURCES} sources of ${PARAGRAPHS} paragraphs, unkeyed as sources stored before keys were kept`);

// Pasted whole: a headline, the paragraphs with other spacing, a closing line.
const pasted = (article: number) =>
  [
    "Headline",
    ...articleText(article)
      .split("\n")
      .map((p) => p.replace(/ /g, "  ")),
    "End.",
  ].join("\n\n");

async function timed(article: number) {
  const start = performance.now();
  const found = await findSourceWithin(pasted(article));
  return { ms: performance.now() - start, found: found?.title ?? null };
}

const first = await timed(4321);
console.log(`first lookup, every source read and keyed: ${first.ms.toFixed(1)} ms (found ${first.found})`);
for (const [label, article] of [
  ["a registered article", 1234],
  ["an article of no source", SOURCES + 7],
] as const) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push((await timed(article)).ms);
  console.log(`keyed, ${label}: median ${median(samples).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms (n=${RUNS})`);
}
await prisma.$disconnect();
