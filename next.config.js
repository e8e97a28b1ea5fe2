import { fileURLToPath } from "node:url";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import { headersByAddress } from "./lib/security-headers.js";

// Several instances on one database share Next's cache through Redis (README: "Running two
// instances"); without CACHE_REDIS_URL each process keeps its own, as Next.js does by default.
const SHARED_CACHE = process.env.CACHE_REDIS_URL
  ? {
      cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.mjs", import.meta.url)),
      cacheHandlers: { default: fileURLToPath(new URL("./lib/cache/use-cache-handler.mjs", import.meta.url)) },
    }
  : {};

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  cacheComponents: true,
  // Off so that a profile page, which awaits its slug outside <Suspense>, is cached whole
  // per URL (ISR) instead of serving a generic shell first (docs: ISR with Cache Components).
  partialPrefetching: false,
  // Native modules and Prisma's generated client stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@libsql/client", "libsql", "@prisma/adapter-libsql"],
  poweredByHeader: false,
  // Next hashes the whole body of every page response for its ETag, per request: half the CPU
  // of serving a cached profile (a 100 kB page). Public pages are cached by Cache-Control
  // (s-maxage, revalidated on approval), not by conditional requests.
  generateEtags: false,
  experimental: {
    // forbidden(): app/admin/role-required answers 403 for a page the user's role may not open.
    authInterrupts: true,
    // The twin-cities list is uploaded to a server action (app/admin/imports): up to 10 MB
    // (MAX_LIST_BYTES in lib/twin-cities-list.ts) and its form's overhead; a larger body is
    // refused with a 413 before the action runs. The proxy (proxy.ts) buffers a body up to its
    // own limit and passes a longer one on cut short: above the action's, so the cut body is
    // still refused as too large, never read as a broken upload.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "12mb",
  },
  // The e2e suite builds into its own folder so it never clobbers a running demo build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  ...SHARED_CACHE,
  // Fixed headers, and a public profile's policy (lib/security-headers.js); the rest per
  // request in proxy.ts.
  async headers() {
    return headersByAddress({ isDev: phase === PHASE_DEVELOPMENT_SERVER });
  },
});

export default nextConfig;
