import "server-only";
import { createClient, type Client, type Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseAuthToken, databaseUrl, isLocalFile } from "@/lib/database-url";

const BUSY_TIMEOUT_MS = 5000;

// The embedded libSQL client opens a fresh SQLite connection after every transaction
// (it hands the old one to the transaction), and busy_timeout is per connection. Re-apply
// it whenever that happens, so the server and a CLI (seed, import) can share the file.
function withBusyTimeout(client: Client): Client {
  let isFresh = true;
  const prepare = async () => {
    if (!isFresh) return;
    isFresh = false;
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "close") return value.bind(target);
      return async (...args: unknown[]) => {
        await prepare();
        const result = await value.apply(target, args);
        if (property === "transaction") isFresh = true;
        return result;
      };
    },
  });
}

class LocalFileAdapter extends PrismaLibSQL {
  createClient(config: Config): Client {
    return withBusyTimeout(createClient(config));
  }
}

export function createPrisma(url = databaseUrl()) {
  const config = { url, authToken: databaseAuthToken() };
  const adapter = isLocalFile(url) ? new LocalFileAdapter(config) : new PrismaLibSQL(config);
  return new PrismaClient({ adapter });
}

// WAL lets readers carry on while one writer commits; the setting persists in the file.
export async function enableWal(prisma: PrismaClient) {
  if (isLocalFile(databaseUrl())) await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createPrisma();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
