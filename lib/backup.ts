import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client } from "@libsql/client";
import { databaseUrl, isLocalFile } from "@/lib/database-url";

// Backups are of the embedded database file; a libSQL server (sqld, Turso) keeps its own.
export function databaseFile(url = databaseUrl()): string {
  if (!isLocalFile(url)) throw new Error("Backups here are of the embedded database file; back up a libSQL server with its own tools.");
  const location = url.slice("file:".length).split("?")[0];
  return location.startsWith("//") ? fileURLToPath(url) : path.resolve(location);
}

export async function withDatabase<T>(file: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = createClient({ url: `file:${file}` });
  try {
    await db.execute("PRAGMA busy_timeout = 5000");
    return await work(db);
  } finally {
    db.close();
  }
}

// "ok" or SQLite's list of what is wrong; a file that is not a database at all throws.
export async function checkIntegrity(file: string): Promise<string> {
  return withDatabase(file, async (db) => {
    const { rows } = await db.execute("PRAGMA integrity_check");
    return rows.map((row) => String(row[0])).join("\n");
  });
}

const stamp = (at: Date) => at.toISOString().replaceAll(":", "-").replace(".", "-");

// VACUUM INTO writes a consistent copy from one read transaction: in WAL mode the app goes
// on reading and writing meanwhile, and a transaction it commits during the copy is either
// wholly in the backup or not at all. Returns the new file's path.
export async function backupDatabase(file: string, dir = path.join(path.dirname(file), "backups"), at = new Date()) {
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${path.basename(file, path.extname(file))}-${stamp(at)}.db`);
  await withDatabase(file, (db) => db.execute({ sql: "VACUUM INTO ?", args: [target] }));
  return target;
}
