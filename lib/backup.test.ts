import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase, checkIntegrity, databaseFile, withDatabase } from "@/lib/backup";
import { processesUsing, restoreDatabase, RestoreRefused } from "@/lib/restore";
import { EVERY_PAGE_TAG } from "@/lib/revalidated-tags";

// Each test works on its own copy of the run's migrated template, not on the file that
// lib/db.ts has open for this test file.
const dir = process.env.AMITY_TEST_DIR!;
let copies = 0;
function freshDatabase(): string {
  const file = path.join(dir, `backup-${process.pid}-${++copies}.db`);
  copyFileSync(path.join(dir, "template.db"), file);
  return file;
}

// The app in another process: WAL mode, one audit event per transaction until killed.
const WRITE_LOOP = `
  const { createClient } = await import("@libsql/client");
  const db = createClient({ url: process.env.LOOP_DATABASE_URL });
  await db.execute("PRAGMA busy_timeout = 5000");
  await db.execute("PRAGMA journal_mode = WAL");
  for (let i = 1; ; i++) {
    await db.batch([{ sql: 'INSERT INTO "AuditEvent" (id, action, detail) VALUES (?, ?, ?)', args: ["loop-" + i, "sign-in", JSON.stringify({ i })] }], "write");
    if (i === 50) console.log("writing");
  }
`;
const running: ChildProcess[] = [];
async function startWriting(file: string) {
  const loop = spawn(process.execPath, ["--input-type=module", "-e", WRITE_LOOP], {
    env: { ...process.env, LOOP_DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  running.push(loop);
  await once(loop.stdout!, "data");
  return loop;
}
afterEach(() => running.splice(0).forEach((child) => child.kill("SIGKILL")));

// npm run db:backup, in its own process: this one keeps no connection to the file that
// could close, and checkpoint the -wal away, after the writer is killed.
function backupByCommand(file: string): string {
  const printed = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-backup.ts", path.join(dir, "backups")], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  return printed.trim();
}

const countRows = (file: string) =>
  withDatabase(file, async (db) => Number((await db.execute(`SELECT count(*) FROM "AuditEvent" WHERE id LIKE 'loop-%'`)).rows[0][0]));
const loopIds = (file: string) =>
  withDatabase(file, async (db) => (await db.execute(`SELECT id FROM "AuditEvent" WHERE id LIKE 'loop-%'`)).rows.map((r) => String(r[0])));

describe("backing up", () => {
  it("copies a database another process is writing to, whole and consistent", async () => {
    const file = freshDatabase();
    await startWriting(file);
    const backup = await backupDatabase(file, path.join(dir, "backups"));
    const laterRows = await countRows(file);
    expect(await checkIntegrity(backup)).toBe("ok");
    const ids = await loopIds(backup);
    // Every transaction committed before the copy began, none half: loop-1 … loop-n.
    expect(ids.length).toBeGreaterThanOrEqual(50);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: ids.length }, (_, i) => `loop-${i + 1}`)));
    expect(laterRows).toBeGreaterThanOrEqual(ids.length);
  });

  it("reads the file of a file: URL, relative or absolute, and refuses a libSQL server", () => {
    expect(databaseFile("file:./data/amity.db")).toBe(path.resolve("data/amity.db"));
    expect(databaseFile("file:/srv/amity.db")).toBe("/srv/amity.db");
    expect(() => databaseFile("libsql://db.example.org")).toThrow(/libSQL server/);
  });
});

describe("restoring", () => {
  it("puts a backup taken by npm run db:backup under writes in place, keeps the replaced files, marks every page stale", async () => {
    const file = freshDatabase();
    const loop = await startWriting(file);
    const backup = backupByCommand(file);
    const inBackup = await countRows(backup);
    loop.kill("SIGKILL");
    await once(loop, "exit");
    // Killed mid-write: committed transactions may still be only in the -wal.
    expect(existsSync(`${file}-wal`), "the killed writer's -wal").toBe(true);

    const aside = await restoreDatabase(backup, file);

    expect(existsSync(`${file}-wal`), "a -wal beside the restored file").toBe(false);
    expect(existsSync(`${aside}-wal`), "the -wal moved aside").toBe(true);
    expect(await countRows(file)).toBe(inBackup);
    expect(await countRows(aside!)).toBeGreaterThanOrEqual(inBackup);
    expect(await checkIntegrity(file)).toBe("ok");
    await withDatabase(file, async (db) => {
      expect((await db.execute("PRAGMA journal_mode")).rows[0][0]).toBe("wal");
      const marker = await db.execute({ sql: `SELECT count(*) FROM "RevalidatedTag" WHERE tag = ?`, args: [EVERY_PAGE_TAG] });
      expect(Number(marker.rows[0][0])).toBe(1);
    });
  }, 30_000);

  it("refuses a damaged backup and leaves the database alone", async () => {
    const file = freshDatabase();
    const damaged = path.join(dir, "damaged.db");
    writeFileSync(damaged, "SQLite format 3\0 but not really a database");
    await expect(restoreDatabase(damaged, file)).rejects.toBeInstanceOf(RestoreRefused);
    expect(await checkIntegrity(file)).toBe("ok");
    expect(existsSync(`${file}.restoring`)).toBe(false);
  });

  it("refuses while another process has the database open", async () => {
    const file = freshDatabase();
    const loop = await startWriting(file);
    expect(processesUsing(file)).toContain(loop.pid);
    const backup = await backupDatabase(file, path.join(dir, "backups"));
    await expect(restoreDatabase(backup, file)).rejects.toThrow(/Stop the app first/);
  });
});
