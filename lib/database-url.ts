// Shared by the app, the Prisma CLI (prisma.config.ts) and the seed, so all three open
// the same database without a .env file: a file under data/ unless DATABASE_URL says
// otherwise (a libsql:// URL with DATABASE_AUTH_TOKEN for a libSQL server).
export const DEFAULT_DATABASE_URL = "file:./data/amity.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function databaseAuthToken(): string | undefined {
  return process.env.DATABASE_AUTH_TOKEN || undefined;
}

export function isLocalFile(url: string): boolean {
  return url.startsWith("file:");
}
