import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { recordAudit } from "@/lib/audit";
import { approveChange } from "@/lib/change-review";
import { proposePlace } from "@/lib/place";
import { emptyPlace } from "@/lib/place-schema";

// The driver reports a trigger's RAISE as a constraint error; its text is in the cause.
async function refusal(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the write should have been refused").not.toBeNull();
  const { message, meta } = error as { message: string; meta?: unknown };
  return `${message} ${JSON.stringify(meta ?? {})}`;
}

let editor: { id: string; role: "EDITOR" };
let reviewer: { id: string; role: "REVIEWER" };

beforeAll(async () => {
  editor = await createTestUser("EDITOR", "history-editor");
  reviewer = await createTestUser("REVIEWER", "history-reviewer");
});

const place = (name: string, summary = "") => ({
  ...emptyPlace(),
  name,
  summary,
  names: [{ text: `${name}市`, lang: "ja", kind: "NATIVE" as const }],
});

async function propose(input: ReturnType<typeof place>, target: { placeId?: string; changeId?: string } = {}) {
  const result = await proposePlace(editor, input, target, true);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data!.id;
}

async function publishedRevision(name: string) {
  const changeId = await propose(place(name));
  expect((await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(true);
  return prisma.revision.findFirstOrThrow({ where: { changeRequestId: changeId } });
}

async function auditEvent() {
  await recordAudit({ actorId: editor.id, action: "sign-in", detail: { original: true } });
  return prisma.auditEvent.findFirstOrThrow({ where: { actorId: editor.id }, orderBy: { at: "desc" } });
}

describe("revisions are append-only", () => {
  it("refuses an update, from code or raw SQL, and keeps the row as it was", async () => {
    const revision = await publishedRevision("Ayabe");
    expect(await refusal(prisma.revision.update({ where: { id: revision.id }, data: { snapshot: { forged: true } } }))).toMatch(
      /append-only/,
    );
    expect(await refusal(prisma.$executeRawUnsafe(`UPDATE "Revision" SET "version" = 99 WHERE "id" = ?`, revision.id))).toMatch(
      /append-only/,
    );
    expect(await prisma.revision.findUniqueOrThrow({ where: { id: revision.id } })).toEqual(revision);
  });

  it("refuses a delete, from code or raw SQL, and keeps the row", async () => {
    const revision = await publishedRevision("Fukuchiyama");
    expect(await refusal(prisma.revision.delete({ where: { id: revision.id } }))).toMatch(/append-only/);
    expect(await refusal(prisma.$executeRawUnsafe('DELETE FROM "Revision"'))).toMatch(/append-only/);
    expect(await prisma.revision.findUniqueOrThrow({ where: { id: revision.id } })).toEqual(revision);
  });

  it("refuses INSERT OR REPLACE on an existing id or an existing version, and keeps the row", async () => {
    const revision = await publishedRevision("Maizuru");
    const replace = (id: string) =>
      prisma.$executeRawUnsafe(
        `INSERT OR REPLACE INTO "Revision" ("id", "recordType", "recordId", "version", "snapshot") VALUES (?, ?, ?, ?, '{"forged":true}')`,
        id,
        revision.recordType,
        revision.recordId,
        revision.version,
      );
    expect(await refusal(replace(revision.id))).toMatch(/append-only/);
    expect(await refusal(replace("another-id"))).toMatch(/append-only/);
    expect(await prisma.revision.findMany({ where: { recordId: revision.recordId } })).toEqual([revision]);
  });

  it("still lets the author revise a partly approved change (the revision keeps its change item)", async () => {
    const { recordId: placeId } = await publishedRevision("Kameoka");
    const changeId = await propose(place("Kameoka City", "On the Hozu River"), { placeId });
    const item = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: changeId } });
    const partial = await approveChange(reviewer, changeId, { [item.id]: ["summary"] }, { seenRevision: 1, comment: "Name later." });
    expect(partial.ok).toBe(true);
    const revision = await prisma.revision.findFirstOrThrow({ where: { changeItemId: item.id } });
    expect((await proposePlace(editor, place("Kameoka", "West of Kyoto"), { placeId, changeId }, true)).ok).toBe(true);
    expect(await prisma.revision.findUniqueOrThrow({ where: { id: revision.id } })).toEqual(revision);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    expect(items.map((row) => row.status)).toEqual(["APPROVED", "PENDING"]);
  });
});

describe("audit events are append-only", () => {
  it("refuses an update and a delete, and keeps the row", async () => {
    const event = await auditEvent();
    expect(await refusal(prisma.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } }))).toMatch(/append-only/);
    expect(await refusal(prisma.auditEvent.delete({ where: { id: event.id } }))).toMatch(/append-only/);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("refuses INSERT OR REPLACE and REPLACE INTO on an existing id, and keeps the row", async () => {
    const event = await auditEvent();
    for (const verb of ["INSERT OR REPLACE", "REPLACE"]) {
      const forge = prisma.$executeRawUnsafe(`${verb} INTO "AuditEvent" ("id", "action") VALUES (?, 'forged')`, event.id);
      expect(await refusal(forge)).toMatch(/append-only/);
    }
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("makes a user with history impossible to delete (users are disabled instead)", async () => {
    await auditEvent();
    expect(await refusal(prisma.user.delete({ where: { id: editor.id } }))).toMatch(/append-only/);
    expect(await prisma.auditEvent.count({ where: { actorId: editor.id } })).toBeGreaterThan(0);
  });
});
