/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  // Off so that a profile page, which awaits its slug outside <Suspense>, is cached whole
  // per URL (ISR) instead of serving a generic shell first (docs: ISR with Cache Components).
  partialPrefetching: false,
  // Native modules and Prisma's generated client stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@libsql/client", "libsql", "@prisma/adapter-libsql"],
  poweredByHeader: false,
  // The e2e suite builds into its own folder so it never clobbers a running demo build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
