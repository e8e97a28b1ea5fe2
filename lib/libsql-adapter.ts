import { createClient, type Client, type Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { isLocalFile } from "@/lib/database-url";

const BUSY_TIMEOUT_MS = 5000;

// The embedded libSQL client opens a fresh SQLite connection after every transaction
// (it hands the old one to the transaction), and busy_timeout is per connection. Re-apply
// it whenever that happens, so the server and a CLI (seed, import, tests) share the file.
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
        // Prisma opens interactive transactions as DEFERRED; one that reads and then writes
        // fails at once (SQLITE_BUSY) if another process wrote in between. IMMEDIATE takes
        // the write lock up front, waiting for it under the busy timeout.
        const result = await value.apply(target, property === "transaction" ? ["write"] : args);
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

// Not server-only: the e2e factories use it too, to write to the database the server reads.
export function createLibSqlAdapter(url: string, authToken?: string) {
  const config = { url, authToken };
  return isLocalFile(url) ? new LocalFileAdapter(config) : new PrismaLibSQL(config);
}
