import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { PermissionDenied } from "@/lib/permissions";
import { listAuditEvents, parseAuditFilters, type AuditFilters } from "@/lib/audit-log";
import { PAGE_SIZE, pageRequest, type PageRequest } from "@/lib/keyset";

let admin: { id: string; role: Role };
let bobId: string;

// 55 sign-ins by alice on 1 March, one minute apart; fifty sign-outs by carol in one
// millisecond (so pages break ties by id); and three events by others in February.
beforeAll(async () => {
  admin = await createTestUser("ADMIN", "admin");
  const alice = await createTestUser("EDITOR", "alice");
  bobId = (await createTestUser("EDITOR", "bob")).id;
  const march1 = Date.parse("2026-03-01T00:00:00Z");
  await prisma.auditEvent.createMany({
    data: Array.from({ length: 55 }, (_, i) => ({ actorId: alice.id, action: "sign-in", at: new Date(march1 + i * 60_000) })),
  });
  const carol = await createTestUser("EDITOR", "carol");
  await prisma.auditEvent.createMany({
    data: Array.from({ length: 50 }, () => ({ actorId: carol.id, action: "sign-out", at: new Date("2026-02-20T08:00:00Z") })),
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

type Listed = Awaited<ReturnType<typeof listAuditEvents>>;
const list = (filters: AuditFilters, request: PageRequest = null) => listAuditEvents(admin, filters, request);
const actionsOf = (page: Listed) => page.events.map((event) => event.action);

// Every page from the first to the last, then back again from the last.
async function walk(filters: AuditFilters) {
  const pages: Listed[] = [await list(filters)];
  while (pages.at(-1)!.next) pages.push(await list(filters, pageRequest({ after: pages.at(-1)!.next! })));
  const back: Listed[] = [];
  let before = pages.at(-1)!.previous;
  while (before) {
    back.unshift(await list(filters, pageRequest({ before })));
    before = back[0].previous;
  }
  return { pages, back };
}
const idsOf = (pages: Listed[]) => pages.map((page) => page.events.map((event) => event.id));

describe("listAuditEvents", () => {
  it("refuses anyone who may not read the audit log", async () => {
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      await expect(listAuditEvents({ id: "x", role }, {})).rejects.toThrow(PermissionDenied);
    }
  });

  it("pages through everything, newest first, and back", async () => {
    const { pages, back } = await walk({});
    const events = pages.flatMap((page) => page.events);

    expect(pages.map((page) => page.events.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 8]);
    expect(new Set(events.map((event) => event.id)).size).toBe(108);
    const times = events.map((event) => event.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(actionsOf(pages[2]).slice(-3)).toEqual(["sign-in-failed", "user.disabled", "user.created"]);
    expect(pages[0].previous).toBeNull();
    expect(idsOf(back)).toEqual(idsOf(pages.slice(0, -1)));
  });

  it("filters by action and names the actor and the target user", async () => {
    const page = await list({ action: "user.created" });

    expect(page.events).toHaveLength(1);
    expect(page.next).toBeNull();
    expect(page.events[0]).toMatchObject({
      actor: { name: "admin", email: "admin@test" },
      actionLabel: "User created",
      target: { kind: "User", name: "bob", note: "bob@test" },
      details: [{ label: "Email", text: "bob@test" }],
    });
    expect(JSON.stringify(page.events)).not.toContain(bobId);
  });

  it("filters by the actor's email, in part", async () => {
    expect((await walk({ actor: "alice" })).pages.flatMap((page) => page.events)).toHaveLength(55);
    expect(actionsOf(await list({ actor: "admin@test" }))).toEqual(["user.disabled", "user.created"]);
  });

  it("filters by whole UTC days, both ends included", async () => {
    expect(actionsOf(await list({ from: "2026-02-11", to: "2026-02-12" }))).toEqual(["sign-in-failed", "user.disabled"]);
    expect(actionsOf(await list({ to: "2026-02-10" }))).toEqual(["user.created"]);
    expect((await walk({ from: "2026-03-01", to: "2026-03-01" })).pages.flatMap((page) => page.events)).toHaveLength(55);
  });

  it("keeps its filters from page to page", async () => {
    const { pages, back } = await walk({ action: "sign-in", actor: "alice@test", from: "2026-03-01", to: "2026-03-01" });
    expect(pages.map((page) => page.events.length)).toEqual([PAGE_SIZE, 5]);
    expect(pages[1].events.at(-1)?.at.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(idsOf(back)).toEqual(idsOf(pages.slice(0, -1)));
  });
});

describe("parseAuditFilters", () => {
  it("keeps usable parameters and drops the rest", () => {
    expect(parseAuditFilters({ action: "user.created", actor: " Alice@Test ", from: "2026-02-01", to: "2026-02-28", page: "3" })).toEqual({
      action: "user.created",
      actor: "alice@test",
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(parseAuditFilters({ action: "", actor: ["a", "b"], from: "yesterday", to: "2026-02-30" })).toEqual({});
    expect(parseAuditFilters({})).toEqual({});
  });
});
