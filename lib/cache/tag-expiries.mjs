// When each cache tag was last revalidated, shared by every instance through one Redis hash
// (tag → {"stale":ms,"expired":ms}). Next.js keeps the same state per process in a Map
// (`tagsManifest`, next/dist/server/lib/incremental-cache/tags-manifest.external.js) that its
// page cache consults, and so does lib/replay-revalidations.ts: the handlers read Redis into
// that Map before deciding, so a revalidation made by any instance counts here too.

/** @typedef {{ stale?: number, expired?: number }} TagState */
/** @typedef {Map<string, TagState>} TagManifest */

const TAGS_KEY = "amity:cache:tags";

/**
 * Next.js's rule (cache-handlers/default.ts `updateTags`): without durations the tags
 * expire now; with them they go stale now and expire `durations.expire` seconds later.
 *
 * @param {TagManifest} manifest
 * @param {string[]} tags
 * @param {{ expire?: number } | undefined} durations
 * @returns {Record<string, string>} the new state of each tag, as Redis keeps it
 */
export function expireTagsLocally(manifest, tags, durations, now = Date.now()) {
  /** @type {Record<string, string>} */
  const written = {};
  for (const tag of tags) {
    const state = { ...manifest.get(tag) };
    if (!durations) state.expired = now;
    else {
      state.stale = now;
      if (durations.expire !== undefined) state.expired = now + durations.expire * 1000;
    }
    manifest.set(tag, state);
    written[tag] = JSON.stringify(state);
  }
  return written;
}

/**
 * @param {import("@redis/client").RedisClientType} redis
 * @param {Record<string, string>} states from expireTagsLocally
 */
export async function publishTagStates(redis, states) {
  if (Object.keys(states).length > 0) await redis.hSet(TAGS_KEY, states);
}

/**
 * Learn what other instances revalidated among `tags`. Takes the later time of each
 * field: the approvals expire their tags at once (updateTag), so the later is the last.
 *
 * @param {import("@redis/client").RedisClientType} redis
 * @param {TagManifest} manifest
 * @param {string[]} tags
 */
export async function pullTagStates(redis, manifest, tags) {
  if (tags.length === 0) return;
  const stored = await redis.hmGet(TAGS_KEY, tags);
  tags.forEach((tag, i) => {
    const json = stored[i];
    if (json == null) return;
    /** @type {TagState} */
    const shared = JSON.parse(String(json));
    const local = manifest.get(tag) ?? {};
    manifest.set(tag, { stale: later(local.stale, shared.stale), expired: later(local.expired, shared.expired) });
  });
}

/** @param {number | undefined} a @param {number | undefined} b */
function later(a, b) {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

// The same tests Next.js applies (tags-manifest.external.js), on a given manifest.
/** @param {TagManifest} manifest @param {string[]} tags @param {number} timestamp */
export function hasExpiredTag(manifest, tags, timestamp, now = Date.now()) {
  return tags.some((tag) => {
    const expired = manifest.get(tag)?.expired;
    return expired !== undefined && expired <= now && expired > timestamp;
  });
}

/** @param {TagManifest} manifest @param {string[]} tags @param {number} timestamp */
export function hasStaleTag(manifest, tags, timestamp) {
  return tags.some((tag) => (manifest.get(tag)?.stale ?? 0) > timestamp);
}
