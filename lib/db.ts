import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseAuthToken, databaseUrl, isLocalFile } from "@/lib/database-url";
import { createLibSqlAdapter } from "@/lib/libsql-adapter";

export function createPrisma(url = databaseUrl()) {
  return new PrismaClient({ adapter: createLibSqlAdapter(url, databaseAuthToken()) });
}

// WAL lets readers carry on while one writer commits; the setting persists in the file.
export async function enableWal(prisma: PrismaClient) {
  if (isLocalFile(databaseUrl())) await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createPrisma();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
