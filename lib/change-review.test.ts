import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { approveChange, returnChange } from "@/lib/change-review";
import { proposePlace, proposePlaceRemoval } from "@/lib/place";
import { emptyPlace, type PlaceInput } from "@/lib/place-schema";
import type { Role } from "@/lib/generated/prisma/enums";

async function user(role: Role, name: string) {
  const row = await prisma.user.create({ data: { email: `${name}@test`, name, passwordHash: "x", role } });
  return { id: row.id, role };
}

let editor: { id: string; role: Role };
let otherEditor: { id: string; role: Role };
let reviewer: { id: string; role: Role };

beforeAll(async () => {
  editor = await user("EDITOR", "editor");
  otherEditor = await user("EDITOR", "other-editor");
  reviewer = await user("REVIEWER", "reviewer");
});

const place = (name: string, extra: Partial<PlaceInput> = {}): PlaceInput => ({
  ...emptyPlace,
  name,
  level: "CITY",
  names: [{ text: `${name}市`, lang: "ja", kind: "NATIVE" }],
  ...extra,
});

async function propose(author: { id: string; role: Role }, input: PlaceInput, placeId?: string) {
  const result = await proposePlace(author, input, { placeId }, true);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data!.id;
}

async function publishedPlace(name: string) {
  const changeId = await propose(editor, place(name));
  await approveChange(reviewer, changeId, "all", { seenRevision: 1 });
  return prisma.place.findFirstOrThrow({ where: { name } });
}

describe("approveChange", () => {
  it("publishes a new place, records revision 1 and the audit, and names the pages to refresh", async () => {
    const changeId = await propose(editor, place("Nara"));
    const result = await approveChange(reviewer, changeId, "all", { seenRevision: 1 });
    const nara = await prisma.place.findFirstOrThrow({ where: { name: "Nara" }, include: { names: true } });
    expect(result).toEqual({ ok: true, tags: expect.arrayContaining(["places", `place:${nara.id}`, `place-slug:${nara.slug}`]) });
    expect(nara.names.map((n) => n.text)).toEqual(["Nara市"]);
    const revision = await prisma.revision.findFirstOrThrow({ where: { recordId: nara.id } });
    expect(revision).toMatchObject({ version: 1, proposedById: editor.id, approvedById: reviewer.id, changeRequestId: changeId });
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true } });
    expect(change.status).toBe("APPROVED");
    expect(change.items[0]).toMatchObject({ status: "APPROVED", recordId: nara.id });
    expect(await prisma.auditEvent.count({ where: { action: "change.approved", targetId: changeId, actorId: reviewer.id } })).toBe(1);
  });

  it("refuses the author approving their own change, and applies nothing", async () => {
    const author = await user("REVIEWER", "self-approver");
    const changeId = await propose(author, place("Selfton"));
    const result = await approveChange(author, changeId, "all", { seenRevision: 1 });
    expect(result).toEqual({ ok: false, formError: expect.stringMatching(/your own/) });
    expect(await prisma.place.count({ where: { name: "Selfton" } })).toBe(0);
  });

  it("refuses an editor", async () => {
    const changeId = await propose(editor, place("Editorton"));
    expect((await approveChange(otherEditor, changeId, "all", { seenRevision: 1 })).ok).toBe(false);
    expect(await prisma.place.count({ where: { name: "Editorton" } })).toBe(0);
  });

  it("refuses a change prepared against an older version, and loses neither change", async () => {
    const kyoto = await publishedPlace("Kyoto");
    const first = await propose(editor, place("Kyoto", { summary: "First edit" }), kyoto.id);
    const second = await propose(otherEditor, place("Kyoto", { summary: "Second edit" }), kyoto.id);
    expect((await approveChange(reviewer, first, "all", { seenRevision: 1 })).ok).toBe(true);
    const stale = await approveChange(reviewer, second, "all", { seenRevision: 1 });
    expect(stale).toEqual({ ok: false, formError: expect.stringMatching(/rebase/), staleItemIds: [expect.any(String)] });
    const now = await prisma.place.findUniqueOrThrow({ where: { id: kyoto.id } });
    expect(now).toMatchObject({ summary: "First edit", version: 2 });
    const secondChange = await prisma.changeRequest.findUniqueOrThrow({ where: { id: second }, include: { items: true } });
    expect(secondChange.status).toBe("SUBMITTED");
    expect(secondChange.items[0].payload).toMatchObject({ summary: "Second edit" });
  });

  it("applies only the approved fields of a partial approval and returns the rest", async () => {
    const ayabe = await publishedPlace("Ayabe");
    const changeId = await propose(editor, place("Ayabe City", { summary: "A city in Kyoto Prefecture" }), ayabe.id);
    const item = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: changeId } });
    const result = await approveChange(
      reviewer,
      changeId,
      { [item.id]: ["summary"] },
      { seenRevision: 1, comment: "The English name stays Ayabe." },
    );
    expect(result.ok).toBe(true);
    const now = await prisma.place.findUniqueOrThrow({ where: { id: ayabe.id } });
    expect(now).toMatchObject({ name: "Ayabe", summary: "A city in Kyoto Prefecture", version: 2 });
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true, comments: true } });
    expect(change.status).toBe("PARTIALLY_APPROVED");
    expect(change.items[0]).toMatchObject({ status: "RETURNED", baseVersion: 2 });
    expect(change.comments.map((c) => c.body)).toEqual(["The English name stays Ayabe."]);
  });

  it("treats ticking every changed field as approving the whole edit", async () => {
    const ise = await publishedPlace("Ise");
    const changeId = await propose(editor, place("Ise City", { summary: "Home of the Grand Shrine" }), ise.id);
    const item = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: changeId } });
    expect((await approveChange(reviewer, changeId, { [item.id]: ["name", "names", "summary"] }, { seenRevision: 1 })).ok).toBe(true);
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true } });
    expect(change.status).toBe("APPROVED");
    expect(change.items[0].status).toBe("APPROVED");
  });

  it("lets the author rebase a change refused as stale, without leaving review", async () => {
    const nagoya = await publishedPlace("Nagoya");
    const first = await propose(editor, place("Nagoya", { summary: "First" }), nagoya.id);
    const second = await propose(otherEditor, place("Nagoya", { summary: "Second" }), nagoya.id);
    await approveChange(reviewer, first, "all", { seenRevision: 1 });
    expect((await approveChange(reviewer, second, "all", { seenRevision: 1 })).ok).toBe(false);
    const rebased = await proposePlace(
      otherEditor,
      place("Nagoya", { summary: "First, then second" }),
      { placeId: nagoya.id, changeId: second },
      true,
    );
    expect(rebased.ok).toBe(true);
    expect((await approveChange(reviewer, second, "all", { seenRevision: 2 })).ok).toBe(true);
    expect(await prisma.place.findUniqueOrThrow({ where: { id: nagoya.id } })).toMatchObject({ summary: "First, then second", version: 3 });
  });

  it("requires a comment for a partial approval, and applies nothing without one", async () => {
    const otsu = await publishedPlace("Otsu");
    const changeId = await propose(editor, place("Otsu City", { summary: "On Lake Biwa" }), otsu.id);
    const item = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: changeId } });
    const result = await approveChange(reviewer, changeId, { [item.id]: ["summary"] }, { seenRevision: 1, comment: " " });
    expect(result).toEqual({ ok: false, formError: expect.stringMatching(/why the rest/) });
    expect(await prisma.place.findUniqueOrThrow({ where: { id: otsu.id } })).toMatchObject({ summary: null, version: 1 });
  });
});

describe("a decision is bound to the revision the reviewer saw", () => {
  it("refuses to approve content the author revised after the reviewer opened the change", async () => {
    const changeId = await propose(editor, place("Baitton", { summary: "Harmless" }));
    const seen = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } });
    const switched = await proposePlace(editor, place("Baitton", { summary: "Switched" }), { changeId }, true);
    expect(switched.ok).toBe(true);
    const result = await approveChange(reviewer, changeId, "all", { seenRevision: seen.revision });
    expect(result).toEqual({
      ok: false,
      formError: "This change was revised after you opened it: review the new version below.",
      revised: true,
    });
    expect(await prisma.place.count({ where: { name: "Baitton" } })).toBe(0);
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).toMatchObject({
      status: "SUBMITTED",
      revision: seen.revision + 1,
    });
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: seen.revision + 1 })).ok).toBe(true);
    expect(await prisma.place.findFirstOrThrow({ where: { name: "Baitton" } })).toMatchObject({ summary: "Switched" });
  });

  it("refuses to return a change revised since it was opened, so the comment is about what the author sees", async () => {
    const changeId = await propose(editor, place("Switchham"));
    await proposePlace(editor, place("Switchham", { summary: "Revised" }), { changeId }, true);
    expect(await returnChange(reviewer, changeId, { seenRevision: 1, comment: "No source" })).toMatchObject({ ok: false, revised: true });
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).status).toBe("SUBMITTED");
  });
});

describe("returnChange", () => {
  it("sends a change back with the reviewer's comment; it can then not be approved", async () => {
    const changeId = await propose(editor, place("Kobe"));
    expect(await returnChange(reviewer, changeId, { seenRevision: 1, comment: "" })).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Add the Japanese name in kanji" })).ok).toBe(true);
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { comments: true } });
    expect(change.status).toBe("RETURNED");
    expect(change.comments[0].body).toBe("Add the Japanese name in kanji");
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(false);
    expect(await prisma.place.count({ where: { name: "Kobe" } })).toBe(0);
  });
});

describe("removing a place", () => {
  it("retires the place on approval, keeps its history, and records the removal as a version", async () => {
    const uji = await publishedPlace("Uji");
    const removal = await proposePlaceRemoval(editor, uji.id, "Duplicate of Uji City");
    expect(removal.ok).toBe(true);
    expect(await prisma.place.findUniqueOrThrow({ where: { id: uji.id } })).toMatchObject({ retiredAt: null });
    expect((await approveChange(reviewer, removal.ok ? removal.data!.id : "", "all", { seenRevision: 1 })).ok).toBe(true);
    expect((await prisma.place.findUniqueOrThrow({ where: { id: uji.id } })).retiredAt).not.toBeNull();
    const versions = await prisma.revision.findMany({ where: { recordId: uji.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });
});
