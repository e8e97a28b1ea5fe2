import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";

// The driver reports a trigger's RAISE as a constraint error; its text is in the cause.
async function refusal(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the change should have been refused").not.toBeNull();
  const { message, meta } = error as { message: string; meta?: unknown };
  return `${message} ${JSON.stringify(meta ?? {})}`;
}

describe("the audit log", () => {
  it("records events", async () => {
    await recordAudit({ actorId: null, action: "sign-in-failed", detail: { email: "x@example.org" } });
    const events = await prisma.auditEvent.findMany({ where: { action: "sign-in-failed" } });
    expect(events).toHaveLength(1);
    expect(events[0].detail).toEqual({ email: "x@example.org" });
  });

  it("refuses any update from code and keeps the row as it was", async () => {
    await recordAudit({ actorId: null, action: "sign-out" });
    expect(await refusal(prisma.auditEvent.updateMany({ data: { action: "forged" } }))).toMatch(/append-only/);
    expect(await prisma.auditEvent.count({ where: { action: "forged" } })).toBe(0);
  });

  it("refuses any delete from code, raw SQL included", async () => {
    await recordAudit({ actorId: null, action: "sign-out" });
    const before = await prisma.auditEvent.count();
    expect(await refusal(prisma.auditEvent.deleteMany())).toMatch(/append-only/);
    expect(await refusal(prisma.$executeRawUnsafe('DELETE FROM "AuditEvent"'))).toMatch(/append-only/);
    expect(await prisma.auditEvent.count()).toBe(before);
  });
});
