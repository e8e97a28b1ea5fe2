import { createClient } from "@redis/client";

// Plain JavaScript: Next.js imports its cache handlers with Node's own loader at start-up,
// outside the bundle, so they cannot be TypeScript on Node 20.

// How long the first request waits for Redis while the server starts; after that a
// request never waits for a connection that is down.
const CONNECT_WAIT_MS = 1000;

/**
 * A connection to the shared cache. Redis is only a cache: while it cannot be reached,
 * `ready()` answers null and the handlers render from the database as a single instance
 * would. The outage is logged once, and once more when Redis is back.
 *
 * @param {string} url e.g. redis://localhost:6379
 */
export function connectRedis(url) {
  const client = createClient({
    url,
    // Fail commands at once while disconnected instead of queueing them until Redis returns.
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_WAIT_MS },
  });
  const where = new URL(url).host; // never the password
  let isDown = false;
  client.on("error", (error) => {
    if (isDown) return;
    isDown = true;
    console.warn(
      `Shared cache: Redis at ${where} cannot be reached (${error.message}); rendering without it, and counting sign-in failures per instance, until it can.`,
    );
  });
  client.on("ready", () => {
    if (isDown) console.info(`Shared cache: Redis at ${where} is reachable again.`);
    isDown = false;
  });
  const connecting = client.connect().catch(() => {}); // the "error" event has said why
  const firstWait = Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  return {
    // For a store that handles a lost connection itself (the sign-in throttle's, which counts
    // in memory meanwhile): commands fail at once while Redis is down.
    /** @type {import("@redis/client").RedisClientType} */
    client: /** @type {any} */ (client),
    /** @returns {Promise<import("@redis/client").RedisClientType | null>} */
    async ready() {
      await firstWait;
      return client.isReady ? /** @type {any} */ (client) : null;
    },
    async close() {
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}

let hasReportedFailure = false;

// A command that failed on a live connection (a lost connection is reported by the
// client's "error" event above): the handler carries on without Redis, and the first such
// failure is logged.
/** @param {string} consequence @param {unknown} error */
export function reportCacheFailure(consequence, error) {
  if (hasReportedFailure) return;
  hasReportedFailure = true;
  console.warn(`Shared cache: ${consequence}:`, error);
}

/** @type {{ client: null, ready: () => Promise<null>, close: () => Promise<void> }} */
const NO_REDIS = { client: null, ready: async () => null, close: async () => {} };

// Next.js loads the cache handlers with Node's own loader and the app's code in its bundle:
// two copies of this module, one connection, kept on the process.
const SHARED = Symbol.for("amity.sharedRedis");

/**
 * The one connection of this server process, shared by the page and "use cache" handlers
 * and the sign-in throttle (lib/login-throttle.ts). `next build` renders without it: the
 * build must not depend on a cache server.
 *
 * @returns {ReturnType<typeof connectRedis> | typeof NO_REDIS}
 */
export function sharedRedis() {
  const processWide = /** @type {Record<symbol, ReturnType<typeof connectRedis> | typeof NO_REDIS>} */ (globalThis);
  processWide[SHARED] ??=
    process.env.CACHE_REDIS_URL && process.env.NEXT_PHASE !== "phase-production-build"
      ? connectRedis(process.env.CACHE_REDIS_URL)
      : NO_REDIS;
  return processWide[SHARED];
}
