// Loads the real twin-cities list (../shared/data/twin-cities-wikipedia, 25,917 pairs) into a
// database of its own as published records, for `npm run bench`: the demo seed first (so
// places it knows keep their native names), then every city as a place, every pair as a
// tie whose existence is cited to its row of the list, and one waiting change request per
// tie for the review queue. A fixture path, not the review path: rows are written directly.
//
//   npm run bench:load                      (writes data/bench.db; BENCH_DATABASE_URL to change)
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { BENCH_DATABASE_URL, TWIN_CITIES_CSV } from "./config";
import type { ListCity } from "../../lib/twin-cities-list";

const BATCH = 1000;

const started = performance.now();
const file = BENCH_DATABASE_URL.replace(/^file:/, "");
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
process.env.DATABASE_URL = BENCH_DATABASE_URL;
const engines = { PRISMA_SCHEMA_ENGINE_BINARY: "/dev/null", PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null" };
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env: { ...process.env, ...engines } });
execFileSync("npx", ["tsx", "--conditions=react-server", path.join("prisma", "seed.ts")], { stdio: "ignore", env: process.env });

const { prisma, enableWal } = await import("../../lib/db");
const { reindexAllNames } = await import("../../lib/search-index");
const { readTwinCitiesList } = await import("../../lib/twin-cities-list");
const { freeSlug, normalizeName, slugify } = await import("../../lib/names");
const { orderTiePair } = await import("../../lib/tie-timeline");
const { snapshotHash } = await import("../../lib/source-text");

// Read as the importer reads it (lib/twin-cities-list.ts): each row with its place in the text.
const list = readTwinCitiesList(readFileSync(TWIN_CITIES_CSV));
if (!list.ok) throw new Error(list.problem);
const { text, rows } = list;

const cityKey = (city: { name: string; country: string }) => `${city.country}|${normalizeName(city.name)}`;

// Places the seed has (with their native names) are matched by name and country.
const placeIds = new Map<string, string>();
for (const place of await prisma.place.findMany({ select: { id: true, name: true, country: true } }))
  placeIds.set(cityKey(place), place.id);
const takenSlugs = new Set((await prisma.place.findMany({ select: { slug: true } })).map((p) => p.slug));

const newPlaces: {
  id: string;
  slug: string;
  name: string;
  country: string;
  level: "CITY";
  latitude: number | null;
  longitude: number | null;
}[] = [];
function placeIdOf({ name, country, latitude, longitude }: ListCity): string {
  const city = { name, country, latitude, longitude };
  const key = cityKey(city);
  const known = placeIds.get(key);
  if (known) return known;
  const id = `bench-place-${newPlaces.length}`;
  const slug = freeSlug(slugify(city.name) || "place", [city.country.toLowerCase()], takenSlugs);
  takenSlugs.add(slug);
  newPlaces.push({ id, slug, ...city, level: "CITY" });
  placeIds.set(key, id);
  return id;
}

// Each pair once, whichever country's page listed it; the first row listing it is cited.
const ties = new Map<string, { placeAId: string; placeBId: string; start: number; quote: string }>();
const seededTies = new Set(
  (await prisma.tie.findMany({ select: { placeAId: true, placeBId: true } })).map((t) => `${t.placeAId}|${t.placeBId}`),
);
let skipped = 0;
for (const row of rows) {
  if ("unreadable" in row || cityKey(row.a) === cityKey(row.b)) {
    skipped++;
    continue;
  }
  const [placeAId, placeBId] = orderTiePair(placeIdOf(row.a), placeIdOf(row.b));
  const key = `${placeAId}|${placeBId}`;
  if (!ties.has(key) && !seededTies.has(key)) ties.set(key, { placeAId, placeBId, start: row.start, quote: row.quote });
}

async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH) await write(items.slice(i, i + BATCH));
}

await enableWal(prisma);
await inBatches(newPlaces, (data) => prisma.place.createMany({ data }));
await inBatches(newPlaces, (batch) =>
  prisma.name.createMany({
    data: batch.map((place) => ({
      text: place.name,
      normalized: normalizeName(place.name),
      lang: "en",
      kind: "ALIAS" as const,
      placeId: place.id,
    })),
  }),
);

const source = await prisma.source.create({
  data: {
    title: "List of twin towns and sister cities (Wikipedia, 81 country pages)",
    publisher: "Wikipedia",
    kind: "DIRECTORY",
    lang: "en",
    snapshot: text,
    snapshotHash: snapshotHash(text),
  },
});
const tieRows = [...ties.values()].map((tie, i) => ({ id: `bench-tie-${i}`, ...tie }));
await inBatches(tieRows, (batch) =>
  prisma.tie.createMany({ data: batch.map(({ id, placeAId, placeBId }) => ({ id, placeAId, placeBId, status: "ACTIVE" as const })) }),
);
await inBatches(tieRows, (batch) =>
  prisma.citation.createMany({
    data: batch.map((tie) => ({
      recordType: "TIE" as const,
      recordId: tie.id,
      field: "exists",
      sourceId: source.id,
      quote: tie.quote,
      startOffset: tie.start,
      endOffset: tie.start + tie.quote.length,
    })),
  }),
);

// The review queue at the list's size: a reviewer facing one waiting change per tie.
const editor = await prisma.user.findFirstOrThrow({ where: { role: "EDITOR" }, select: { id: true } });
const submittedAt = new Date();
await inBatches(tieRows, async (batch) => {
  await prisma.changeRequest.createMany({
    data: batch.map((tie, i) => ({
      id: `bench-change-${tie.id}`,
      title: `Summary of tie ${tie.id}`,
      status: "SUBMITTED" as const,
      authorId: editor.id,
      submittedAt: new Date(submittedAt.getTime() + i),
    })),
  });
  await prisma.changeItem.createMany({
    data: batch.map((tie) => ({
      changeRequestId: `bench-change-${tie.id}`,
      sequence: 0,
      recordType: "TIE" as const,
      recordId: tie.id,
      operation: "UPDATE" as const,
      baseVersion: 1,
      payload: { placeAId: tie.placeAId, placeBId: tie.placeBId, summary: "Listed on Wikipedia's list of twin towns." },
    })),
  });
});

const keys = await reindexAllNames(prisma);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Loaded ${BENCH_DATABASE_URL}: ${rows.length} rows → ${placeIds.size} places (${newPlaces.length} new), ` +
    `${ties.size} ties, ${ties.size} waiting changes, ${keys} search keys; ${skipped} rows skipped (no country or city); ${seconds} s`,
);
await prisma.$disconnect();
