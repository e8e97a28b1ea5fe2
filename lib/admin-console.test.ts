import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";

const run = promisify(execFile);

// `npm run admin:create` as an operator runs it, against this test file's own database.
function createAdmin(env: Record<string, string>) {
  return run("npx", ["tsx", "--conditions=react-server", "scripts/create-admin.ts"], {
    env: { ...process.env, ADMIN_EMAIL: "", ADMIN_PASSWORD: "", ADMIN_NAME: "", ...env },
  });
}

describe("a real installation's accounts", () => {
  it("starts with none (npm run setup only migrates) and gets its first admin from the console", async () => {
    expect(await prisma.user.count({ where: { email: { not: { endsWith: "@example.org" } } } })).toBe(0);
    const { stdout } = await createAdmin({ ADMIN_EMAIL: "Ops@Example.org", ADMIN_PASSWORD: "twelve chars at least", ADMIN_NAME: "Ops" });
    expect(stdout).toContain("Created admin ops@example.org");
    expect(await prisma.user.findMany({ where: { email: "ops@example.org" }, select: { email: true, role: true, name: true } })).toEqual([
      { email: "ops@example.org", role: "ADMIN", name: "Ops" },
    ]);
  });

  it("refuses a short password, or no input without a terminal, and stores nothing", async () => {
    await expect(createAdmin({ ADMIN_EMAIL: "short@example.org", ADMIN_PASSWORD: "short" })).rejects.toMatchObject({
      stderr: expect.stringContaining("At least 12 characters"),
    });
    await expect(createAdmin({})).rejects.toMatchObject({ stderr: expect.stringContaining("Set ADMIN_EMAIL and ADMIN_PASSWORD") });
    expect(await prisma.user.count({ where: { email: "short@example.org" } })).toBe(0);
  });
});
