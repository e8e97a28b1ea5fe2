// The database side of scripts/check-crash.ts: its own file, the proposals its reviewer
// approves, the process that keeps writing meanwhile, and what survived.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { killOnExit } from "./crash-server";

export const DIR = path.resolve("data/check-crash");
export const DB = path.join(DIR, "amity.db");
const CHANGES = 40;
const PRISMA_ENV = { PRISMA_SCHEMA_ENGINE_BINARY: "/dev/null", PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null" };
process.env.DATABASE_URL = `file:${DB}`;
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");

// Loaded once DATABASE_URL names the check's own database.
export const lib = async () => ({
  ...(await import("../lib/db")),
  ...(await import("../lib/place")),
  ...(await import("../lib/place-schema")),
  ...(await import("../lib/backup")),
  ...(await import("../lib/restore")),
  ...(await import("../lib/revalidated-tags")),
});
const placeInput = async (name: string) => ({ ...(await lib()).emptyPlace(), name, country: "JP", level: "CITY" as const, names: [] });

// The load: another process proposing places as fast as it can until it is killed.
export async function writeUntilKilled() {
  const { prisma, proposePlace } = await lib();
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: "crash-editor@amity.test" } });
  for (let i = 1; ; i++) {
    await proposePlace(editor, await placeInput(`Load ${process.pid} ${i}`), {}, true);
    if (i === 5) console.log("writing");
  }
}

export async function prepareDatabase() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env: { ...process.env, ...PRISMA_ENV } });
  const { prisma, enableWal, proposePlace, markEveryPageStale } = await lib();
  await enableWal(prisma);
  await markEveryPageStale(prisma);
  const user = (email: string, role: "EDITOR" | "REVIEWER") =>
    prisma.user.create({ data: { email, name: email, passwordHash: "-", role } });
  const [editor, reviewer] = [await user("crash-editor@amity.test", "EDITOR"), await user("crash-reviewer@amity.test", "REVIEWER")];
  const run = randomBytes(3).toString("hex");
  const changeIds: string[] = [];
  for (let i = 1; i <= CHANGES; i++) {
    const proposed = await proposePlace(editor, await placeInput(`Crash check ${run} ${i}`), {}, true);
    if (!proposed.ok) throw new Error(`Could not propose a place: ${JSON.stringify(proposed)}`);
    changeIds.push(proposed.data!.id);
  }
  const session = await encode({
    token: { sub: reviewer.id, name: reviewer.name, email: reviewer.email, role: reviewer.role },
    secret: process.env.NEXTAUTH_SECRET!,
  });
  return { changeIds, session };
}

export async function startWriter() {
  const writer = killOnExit(
    spawn(process.execPath, [...process.execArgv, process.argv[1], "--writer"], { stdio: ["ignore", "pipe", "inherit"] }),
  );
  const stopped = once(writer, "exit").then(() => Promise.reject(new Error("The writing process stopped before writing")));
  await Promise.race([once(writer.stdout!, "data"), stopped]);
  stopped.catch(() => {});
  return writer;
}

export async function survivors(acknowledged: string[]) {
  const { createPrisma } = await lib();
  const db = createPrisma();
  let whole = 0;
  for (const id of acknowledged) {
    const [change, revisions, audits] = await Promise.all([
      db.changeRequest.findUnique({ where: { id }, select: { status: true } }),
      db.revision.count({ where: { changeRequestId: id } }),
      db.auditEvent.count({ where: { action: "change.approved", targetId: id } }),
    ]);
    if (change?.status === "APPROVED" && revisions > 0 && audits === 1) whole++;
  }
  const approved = await db.place.findMany({ where: { name: { startsWith: "Crash check" } }, select: { name: true, slug: true } });
  await db.$disconnect();
  return { whole, approved };
}
