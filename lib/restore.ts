import "server-only";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readlinkSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrisma } from "@/lib/db";
import { checkIntegrity, withDatabase } from "@/lib/backup";
import { markEveryPageStale } from "@/lib/revalidated-tags";

export class RestoreRefused extends Error {}

// SQLite keeps committed transactions in the -wal file until a checkpoint, and the -shm
// file indexes it: a database file is only whole together with them.
const companions = (file: string) => [file, `${file}-wal`, `${file}-shm`];

// Other processes with the database open (Linux /proc; elsewhere null: unknown). A running
// server keeps its connection open even when idle, so this finds one.
export function processesUsing(file: string): number[] | null {
  if (!existsSync("/proc/self/fd")) return null;
  const paths = new Set(companions(path.resolve(file)));
  const pids: number[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)) {
    try {
      const fds = readdirSync(`/proc/${pid}/fd`);
      if (fds.some((fd) => paths.has(safeReadlink(`/proc/${pid}/fd/${fd}`)))) pids.push(Number(pid));
    } catch {
      // another user's process, or one that just ended
    }
  }
  return pids;
}

function safeReadlink(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return "";
  }
}

function refuseWhileInUse(file: string) {
  const pids = processesUsing(file);
  if (pids && pids.length > 0) throw new RestoreRefused(`Stop the app first: ${file} is open in process ${pids.join(", ")}.`);
}

// The backup, copied beside the database, brought up to this version's migrations, with every
// cached public page marked stale (the server replays that at start, instrumentation.ts).
async function prepare(backup: string, staged: string) {
  copyFileSync(backup, staged);
  const integrity = await checkIntegrity(staged);
  if (integrity !== "ok") throw new RestoreRefused(`${backup} is damaged (PRAGMA integrity_check):\n${integrity}`);
  // Written through the main file while staged, so nothing is left in a -wal beside it.
  await withDatabase(staged, (db) => db.execute("PRAGMA journal_mode = DELETE"));
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "pipe",
    env: {
      ...process.env,
      DATABASE_URL: `file:${staged}`,
      PRISMA_SCHEMA_ENGINE_BINARY: "/dev/null",
      PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null",
    },
  });
  const prisma = createPrisma(`file:${staged}`);
  await markEveryPageStale(prisma);
  await prisma.$disconnect();
  await withDatabase(staged, (db) => db.execute("PRAGMA journal_mode = WAL"));
}

// Run with the app stopped. Puts `backup` in place of the database `file`, moving the
// current file and its -wal and -shm aside (returned, null if there was none), never
// deleting them.
export async function restoreDatabase(backup: string, file: string, at = new Date()): Promise<string | null> {
  if (!existsSync(backup)) throw new RestoreRefused(`No such backup: ${backup}`);
  refuseWhileInUse(file);
  const staged = `${file}.restoring`;
  companions(staged).forEach((leftover) => rmSync(leftover, { force: true }));
  try {
    await prepare(backup, staged);
  } catch (error) {
    companions(staged).forEach((leftover) => rmSync(leftover, { force: true }));
    if (error instanceof RestoreRefused) throw error;
    throw new RestoreRefused(`${backup} could not be read as an Amity database: ${(error as Error).message}`);
  }
  refuseWhileInUse(file);
  const aside = existsSync(file) ? `${file}.replaced-${at.toISOString().replaceAll(":", "-")}` : null;
  if (aside) companions(file).forEach((part, i) => existsSync(part) && renameSync(part, companions(aside)[i]));
  renameSync(staged, file);
  return aside;
}
