import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { PermissionDenied } from "@/lib/permissions";
import { AUDIT_PAGE_SIZE, listAuditEvents, parseAuditFilters, type AuditFilters } from "@/lib/audit-log";

const makeUser = (role: Role, email: string) =>
  prisma.user.create({ data: { email, name: email.split("@")[0], passwordHash: "x", role }, select: { id: true, role: true } });

let admin: { id: string; role: Role };
let bobId: string;

// 55 sign-ins by alice on 1 March, one minute apart, and three events by others in February.
beforeAll(async () => {
  admin = await makeUser("ADMIN", "admin@test");
  const alice = await makeUser("EDITOR", "alice@test");
  bobId = (await makeUser("EDITOR", "bob@test")).id;
  const march1 = Date.parse("2026-03-01T00:00:00Z");
  await prisma.auditEvent.createMany({
    data: Array.from({ length: 55 }, (_, i) => ({ actorId: alice.id, action: "sign-in", at: new Date(march1 + i * 60_000) })),
  });
  await prisma.auditEvent.createMany({
    data: [
      {
        actorId: admin.id,
        action: "user.created",
        targetType: "USER",
        targetId: bobId,
        detail: { email: "bob@test" },
        at: new Date("2026-02-10T12:00:00Z"),
      },
      { actorId: admin.id, action: "user.disabled", targetType: "USER", targetId: bobId, at: new Date("2026-02-11T09:00:00Z") },
      { actorId: null, action: "sign-in-failed", detail: { email: "nobody@test" }, at: new Date("2026-02-12T23:59:59Z") },
    ],
  });
});

const list = (filters: Partial<AuditFilters>) => listAuditEvents(admin, { page: 1, ...filters });
const actionsOf = (page: Awaited<ReturnType<typeof list>>) => page.events.map((event) => event.action);

describe("listAuditEvents", () => {
  it("refuses anyone who may not read the audit log", async () => {
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      await expect(listAuditEvents({ id: "x", role }, { page: 1 })).rejects.toThrow(PermissionDenied);
    }
  });

  it("pages through everything, newest first", async () => {
    const first = await list({});
    const second = await list({ page: 2 });

    expect(first).toMatchObject({ total: 58, pageCount: 2 });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.events).toHaveLength(8);
    const times = [...first.events, ...second.events].map((event) => event.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set([...first.events, ...second.events].map((event) => event.id)).size).toBe(58);
    expect(actionsOf(second).slice(-3)).toEqual(["sign-in-failed", "user.disabled", "user.created"]);
    expect((await list({ page: 3 })).events).toEqual([]);
  });

  it("filters by action and names the actor and the target user", async () => {
    const page = await list({ action: "user.created" });

    expect(page.total).toBe(1);
    expect(page.events[0]).toMatchObject({
      actor: { name: "admin", email: "admin@test" },
      actionLabel: "User created",
      target: { kind: "User", name: "bob", note: "bob@test" },
      details: [{ label: "Email", text: "bob@test" }],
    });
    expect(JSON.stringify(page.events)).not.toContain(bobId);
  });

  it("filters by the actor's email, in part", async () => {
    expect((await list({ actor: "alice" })).total).toBe(55);
    expect(actionsOf(await list({ actor: "admin@test" }))).toEqual(["user.disabled", "user.created"]);
  });

  it("filters by whole UTC days, both ends included", async () => {
    expect(actionsOf(await list({ from: "2026-02-11", to: "2026-02-12" }))).toEqual(["sign-in-failed", "user.disabled"]);
    expect(actionsOf(await list({ to: "2026-02-10" }))).toEqual(["user.created"]);
    expect((await list({ from: "2026-03-01" })).total).toBe(55);
  });

  it("combines filters with pagination", async () => {
    const page = await list({ action: "sign-in", actor: "alice@test", from: "2026-03-01", to: "2026-03-01", page: 2 });
    expect(page).toMatchObject({ total: 55, pageCount: 2 });
    expect(page.events).toHaveLength(5);
    expect(page.events.at(-1)?.at.toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
});

describe("parseAuditFilters", () => {
  it("keeps usable parameters and drops the rest", () => {
    expect(parseAuditFilters({ action: "user.created", actor: " Alice@Test ", from: "2026-02-01", to: "2026-02-28", page: "3" })).toEqual({
      action: "user.created",
      actor: "alice@test",
      from: "2026-02-01",
      to: "2026-02-28",
      page: 3,
    });
    expect(parseAuditFilters({ action: "", actor: ["a", "b"], from: "yesterday", to: "2026-02-30", page: "-1" })).toEqual({ page: 1 });
    expect(parseAuditFilters({})).toEqual({ page: 1 });
  });
});
