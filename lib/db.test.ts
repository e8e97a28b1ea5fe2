import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { databaseUrl } from "@/lib/database-url";

// A CLI in another process (the seed, an import) holds the write lock for a moment.
// libSQL's embedded driver waits synchronously, so the lock holder must be another process.
const HOLD_LOCK = `
  const { createClient } = await import("@libsql/client");
  const lock = await createClient({ url: process.env.DATABASE_URL }).transaction("write");
  await lock.execute("INSERT INTO \\"AuditEvent\\" (id, action) VALUES (lower(hex(randomblob(8))), 'cli')");
  console.log("locked");
  setTimeout(async () => { await lock.commit(); process.exit(0); }, 400);
`;

async function whileAnotherProcessHoldsTheLock(write: () => Promise<unknown>) {
  const cli = spawn(process.execPath, ["--input-type=module", "-e", HOLD_LOCK], {
    env: { ...process.env, DATABASE_URL: databaseUrl() },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await once(cli.stdout, "data");
  await write();
  await once(cli, "exit");
}

describe("the database connection", () => {
  it("waits for a write lock held by another process instead of failing", async () => {
    await whileAnotherProcessHoldsTheLock(() => prisma.auditEvent.create({ data: { action: "waited" } }));
    expect(await prisma.auditEvent.count({ where: { action: { in: ["waited", "cli"] } } })).toBe(2);
  });

  it("still waits after a transaction made the driver open a new connection", async () => {
    await prisma.$transaction(async (tx) => tx.auditEvent.create({ data: { action: "in-transaction" } }));
    await whileAnotherProcessHoldsTheLock(() => prisma.auditEvent.create({ data: { action: "after" } }));
    expect(await prisma.auditEvent.count({ where: { action: "after" } })).toBe(1);
  });
});
