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
    console.warn(`Shared cache: Redis at ${where} cannot be reached (${error.message}); rendering without it until it can.`);
  });
  client.on("ready", () => {
    if (isDown) console.info(`Shared cache: Redis at ${where} is reachable again.`);
    isDown = false;
  });
  const connecting = client.connect().catch(() => {}); // the "error" event has said why
  const firstWait = Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  return {
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

const NO_REDIS = { ready: async () => null, close: async () => {} };

let shared;

// The one connection of this server process, shared by the page and "use cache" handlers.
// `next build` renders without it: the build must not depend on a cache server.
export function sharedRedis() {
  shared ??=
    process.env.CACHE_REDIS_URL && process.env.NEXT_PHASE !== "phase-production-build"
      ? connectRedis(process.env.CACHE_REDIS_URL)
      : NO_REDIS;
  return shared;
}
