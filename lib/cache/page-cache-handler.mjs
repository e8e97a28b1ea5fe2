import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { reportCacheFailure, sharedRedis } from "./redis-connection.mjs";
import { hasExpiredTag, pullTagStates } from "./tag-expiries.mjs";

// The page cache (next.config.js `cacheHandler`) when CACHE_REDIS_URL is set. Whole pages
// stay in Next.js's own store, on disk and in memory beside each instance's build (with the
// pages prerendered at build time); what the instances must share is which tags were
// revalidated since a page was cached. Next.js checks a cached page against this process's
// tag state only, so each cached page's tags are first brought up to date from Redis.
// Interface: node_modules/next/dist/docs/01-app/03-api-reference/05-config/01-next-config-js/incrementalCacheHandlerPath.md

const FileSystemCache = fileSystemCache.default;
const CACHE_TAGS_HEADER = "x-next-cache-tags";

export default class PageCacheHandler extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const cached = await super.get(key, ctx);
    const tagList = cached?.value?.headers?.[CACHE_TAGS_HEADER];
    if (typeof tagList !== "string") return cached;
    const tags = tagList.split(",");
    const redis = await sharedRedis().ready();
    if (redis)
      await pullTagStates(redis, tagsManifest, tags).catch((error) =>
        reportCacheFailure("revalidations by other instances could not be read", error),
      );
    // Render it again now rather than serve it once more while it renders in the
    // background, as Next.js would for a page past its revalidate time.
    return hasExpiredTag(tagsManifest, tags, cached.lastModified) ? null : cached;
  }
}
