import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CacheEntry } from "next/cache";
import { hasRedisServer, REDIS_MISSING, startRedis, type LocalRedis } from "./local-redis";
import { connectRedis } from "./redis-connection.mjs";
import { createUseCacheHandler } from "./use-cache-handler.mjs";

// Two handlers, each with its own connection and its own tag state, stand for two server
// processes sharing one Redis.
const isRedisAvailable = hasRedisServer();
if (!isRedisAvailable) console.warn(`Skipped: ${REDIS_MISSING}`);

function entryOf(text: string, tags: string[], timestamp = Date.now()): CacheEntry {
  return {
    value: new Blob([text]).stream() as ReadableStream<Uint8Array>,
    tags,
    stale: 300,
    timestamp,
    expire: 3600,
    revalidate: 900,
  };
}

async function textOf(entry: CacheEntry | undefined) {
  return entry ? new Response(entry.value).text() : undefined;
}

describe.skipIf(!isRedisAvailable)("the shared 'use cache' handler", () => {
  let redis: LocalRedis;
  const connections: ReturnType<typeof connectRedis>[] = [];

  function instance(url = redis.url) {
    const connection = connectRedis(url);
    connections.push(connection);
    return createUseCacheHandler({ connection, manifest: new Map() });
  }

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await redis?.stop();
  });

  it("gives back on one instance, whole, what another cached", async () => {
    const [a, b] = [instance(), instance()];
    const timestamp = Date.now() - 1000;
    await a.set("place-profile:round-trip", Promise.resolve(entryOf("Kanazawa 金沢 금택", ["place:1"], timestamp)));

    const cached = await b.get("place-profile:round-trip", []);
    expect(cached).toMatchObject({ tags: ["place:1"], stale: 300, timestamp, expire: 3600, revalidate: 900 });
    expect(await textOf(cached)).toBe("Kanazawa 金沢 금택");
    expect(await textOf(await b.get("place-profile:round-trip", [])), "each read gets its own stream").toBe("Kanazawa 金沢 금택");
  });

  it("stops serving on every instance what a tag revalidated on one of them covered", async () => {
    const [a, b] = [instance(), instance()];
    await a.set("place-profile:expired", Promise.resolve(entryOf("Before", ["place:2"], Date.now() - 1000)));
    await a.set("place-profile:untouched", Promise.resolve(entryOf("Other", ["place:3"], Date.now() - 1000)));
    expect(await textOf(await b.get("place-profile:expired", []))).toBe("Before");

    await a.updateTags(["place:2"]);

    expect(await b.get("place-profile:expired", [])).toBeUndefined();
    expect(await textOf(await b.get("place-profile:untouched", []))).toBe("Other");
  });

  it("tells another instance when a page's soft tag was revalidated", async () => {
    const [a, b] = [instance(), instance()];
    expect(await b.getExpiration(["_N_T_/places/soft"])).toBe(0);
    const before = Date.now();
    await a.updateTags(["_N_T_/places/soft"]);
    expect(await b.getExpiration(["_N_T_/places/soft", "_N_T_/layout-untouched"])).toBeGreaterThanOrEqual(before);
  });

  it("serves a stale entry once while it is rendered again, when revalidated with a cache life", async () => {
    const [a, b] = [instance(), instance()];
    await a.set("place-profile:stale", Promise.resolve(entryOf("Stale", ["place:4"], Date.now() - 1000)));
    await a.updateTags(["place:4"], { expire: 60 });
    expect(await b.get("place-profile:stale", [])).toMatchObject({ revalidate: -1 });
  });

  it("answers a miss, and fails nothing, while Redis cannot be reached", async () => {
    const down = instance("redis://127.0.0.1:1");
    await down.set("place-profile:down", Promise.resolve(entryOf("Unsaved", ["place:5"])));
    expect(await down.get("place-profile:down", [])).toBeUndefined();
    await down.updateTags(["place:5"]);
    expect(await down.getExpiration(["place:5"]), "its own revalidation still counts here").toBeGreaterThan(0);
  });
});
