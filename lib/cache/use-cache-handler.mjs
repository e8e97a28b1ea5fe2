import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { reportCacheFailure, sharedRedis } from "./redis-connection.mjs";
import { expireTagsLocally, hasExpiredTag, hasStaleTag, publishTagStates, pullTagStates } from "./tag-expiries.mjs";

// The "use cache" handler (next.config.js `cacheHandlers.default`) when CACHE_REDIS_URL is
// set: entries live in Redis, shared by every instance, and expire with their cache life.
// Interface: node_modules/next/dist/docs/01-app/03-api-reference/05-config/01-next-config-js/cacheHandlers.md

const ENTRY_PREFIX = "amity:cache:entry:";

/** @typedef {import("./tag-expiries.mjs").TagManifest} TagManifest */
/** @typedef {{ ready(): Promise<import("@redis/client").RedisClientType | null> }} Connection */

/** @param {Uint8Array} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** @param {number} expire seconds; Infinity keeps the key until Redis evicts it */
function ttlOf(expire) {
  return Number.isFinite(expire) ? { expiration: { type: /** @type {const} */ ("EX"), value: Math.max(1, Math.ceil(expire)) } } : {};
}

/**
 * @param {{ connection: Connection, manifest: TagManifest }} shared the Redis connection, and
 *   the process's tag state (Next's own Map in the server, a fresh one per instance in tests)
 * @returns {import("next/cache").CacheHandler}
 */
export function createUseCacheHandler({ connection, manifest }) {
  return {
    async get(cacheKey) {
      const redis = await connection.ready();
      if (!redis) return undefined;
      try {
        const stored = await redis.get(ENTRY_PREFIX + cacheKey);
        if (stored == null) return undefined;
        const { value, ...entry } = JSON.parse(String(stored));
        await pullTagStates(redis, manifest, entry.tags);
        if (hasExpiredTag(manifest, entry.tags, entry.timestamp)) return undefined;
        // A stale tag: serve this entry while Next.js renders a fresh one in the background.
        const revalidate = hasStaleTag(manifest, entry.tags, entry.timestamp) ? -1 : entry.revalidate;
        return { ...entry, revalidate, value: streamOf(Buffer.from(value, "base64")) };
      } catch (error) {
        reportCacheFailure("a cached value could not be read, so it was rendered", error);
        return undefined;
      }
    },

    async set(cacheKey, pendingEntry) {
      const { value, ...entry } = await pendingEntry;
      // Read the stream even when it is not kept: it holds on to the request that made it.
      const bytes = Buffer.from(await new Response(value).arrayBuffer());
      if (entry.expire === 0) return; // dynamic: Next.js's own handler keeps none either
      const redis = await connection.ready();
      if (!redis) return;
      try {
        await redis.set(ENTRY_PREFIX + cacheKey, JSON.stringify({ ...entry, value: bytes.toString("base64") }), ttlOf(entry.expire));
      } catch (error) {
        reportCacheFailure("a rendered value could not be cached", error);
      }
    },

    // Tags are read from Redis where they are needed: an entry's own in get(), the page's
    // soft tags in getExpiration(). Nothing to load ahead of each request.
    async refreshTags() {},

    async getExpiration(tags) {
      const redis = await connection.ready();
      if (redis)
        await pullTagStates(redis, manifest, tags).catch((error) =>
          reportCacheFailure("revalidations by other instances could not be read", error),
        );
      return Math.max(0, ...tags.map((tag) => manifest.get(tag)?.expired ?? 0));
    },

    // Recorded here for the page cache too: Next.js calls this and the page cache's
    // revalidateTag() for the same revalidation (next/dist/server/revalidation-utils.js).
    async updateTags(tags, durations) {
      const states = expireTagsLocally(manifest, tags, durations);
      const redis = await connection.ready();
      // Without Redis the other instances learn of it when they restart: every approval
      // also records its tags in the database (lib/revalidated-tags.ts), replayed at start.
      const unshared = "a revalidation could not be shared; other instances apply it when they restart";
      if (redis) await publishTagStates(redis, states).catch((error) => reportCacheFailure(unshared, error));
      else reportCacheFailure(unshared, new Error("Redis is unreachable"));
    },
  };
}

export default createUseCacheHandler({ connection: sharedRedis(), manifest: tagsManifest });
