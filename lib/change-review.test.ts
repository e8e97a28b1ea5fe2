import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange, commentOnChange, returnChange } from "@/lib/change-review";
import { withdrawChange } from "@/lib/change-request";
import { listReviewQueue } from "@/lib/review-queue";
import { rebasedForRevision } from "@/lib/change-rebase";
import { readChangeItem } from "@/lib/change-item";
import { citationRecord } from "@/lib/citation-record";
import { getPlaceForEditing, proposePlace, proposePlaceRemoval } from "@/lib/place";
import { emptyPlace, type PlaceInput } from "@/lib/place-schema";
import type { Role } from "@/lib/generated/prisma/enums";

let editor: { id: string; role: Role };
let otherEditor: { id: string; role: Role };
let reviewer: { id: string; role: Role };

beforeAll(async () => {
  editor = await createTestUser("EDITOR", "editor");
  otherEditor = await createTestUser("EDITOR", "other-editor");
  reviewer = await createTestUser("REVIEWER", "reviewer");
});

const place = (name: string, extra: Partial<PlaceInput> = {}): PlaceInput => ({
  ...emptyPlace(),
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
    const author = await createTestUser("REVIEWER", "self-approver");
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

describe("a partial approval", () => {
  it("accepts only fields the edit changes: __proto__, bogusField or an unchanged field is refused, and nothing applied", async () => {
    const mito = await publishedPlace("Mito");
    const changeId = await propose(editor, place("Mito", { summary: "Capital of Ibaraki" }), mito.id);
    const item = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: changeId } });
    for (const field of ["__proto__", "bogusField", "name"]) {
      const result = await approveChange(reviewer, changeId, { [item.id]: ["summary", field] }, { seenRevision: 1, comment: "Only this." });
      expect(result).toEqual({ ok: false, formError: "Choose only fields this edit changes." });
    }
    expect(await prisma.place.findUniqueOrThrow({ where: { id: mito.id } })).toMatchObject({ summary: null, version: 1 });
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).toMatchObject({ status: "SUBMITTED" });
  });

  // A citation's offset and context are hidden from review: ticking every field the reviewer
  // sees approves the edit whole, with nothing unseen sent back.
  it("approves an edit whole when every field the reviewer sees is ticked, whatever hidden fields it changes", async () => {
    const snapshot = "Mito and Yangzhou were tied in 2019. In 2019 they signed again.";
    const source = await prisma.source.create({ data: { title: "Mito report", snapshot, snapshotHash: "h" } });
    const quote = "2019";
    const citation = await prisma.citation.create({
      data: { recordType: "PLACE", recordId: "mito", field: "summary", sourceId: source.id, quote, startOffset: snapshot.indexOf(quote) },
    });
    // A rank settled, and the passage found at its second place in the text.
    const current = (await citationRecord.load(prisma, citation.id))!.content;
    const payload = { ...current, rank: "PREFERRED", prefix: "In ", suffix: " they", startOffset: snapshot.lastIndexOf(quote) };
    const change = await prisma.changeRequest.create({
      data: {
        title: "Prefer a passage",
        authorId: editor.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
        items: { create: [{ sequence: 0, recordType: "CITATION", operation: "UPDATE", recordId: citation.id, baseVersion: 1, payload }] },
      },
    });
    const item = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: change.id } });
    expect(await approveChange(reviewer, change.id, { [item.id]: ["rank"] }, { seenRevision: 1 })).toEqual({
      ok: true,
      tags: expect.any(Array),
    });
    expect(await prisma.changeRequest.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({ status: "APPROVED" });
    expect(await prisma.changeItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "APPROVED" });
    expect(await prisma.citation.findUniqueOrThrow({ where: { id: citation.id } })).toMatchObject({ rank: "PREFERRED", version: 2 });
  });
});

describe("field comments", () => {
  it("must be on a part of the change decided, never of another change, and on a field it has", async () => {
    const other = await propose(otherEditor, place("Hakodate"));
    const otherItem = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: other } });
    const changeId = await propose(editor, place("Otaru"));
    const ownItem = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: changeId } });
    const stray = [{ itemId: otherItem.id, field: "name", body: "Spelled wrong" }];
    const approval = await approveChange(reviewer, changeId, "all", { seenRevision: 1, fieldComments: stray });
    expect(approval).toEqual({ ok: false, formError: expect.stringMatching(/another change/) });
    const returned = await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Cite it", fieldComments: stray });
    expect(returned).toEqual({ ok: false, formError: expect.stringMatching(/another change/) });
    const bogus = [{ itemId: ownItem.id, field: "bogusField", body: "?" }];
    expect(await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Cite it", fieldComments: bogus })).toMatchObject({
      ok: false,
    });
    expect(await prisma.place.count({ where: { name: "Otaru" } })).toBe(0);
    expect(await prisma.reviewComment.count({ where: { changeRequestId: { in: [changeId, other] } } })).toBe(0);
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).status).toBe("SUBMITTED");
    const own = [{ itemId: ownItem.id, field: "name", body: "Check the kanji" }];
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Cite it", fieldComments: own })).ok).toBe(true);
    expect(await prisma.reviewComment.count({ where: { changeRequestId: changeId, changeItemId: ownItem.id, field: "name" } })).toBe(1);
  });
});

describe("commentOnChange", () => {
  it("takes remarks while a change is open, and refuses them once it is approved or withdrawn", async () => {
    const approved = await propose(editor, place("Morioka"));
    expect(await commentOnChange(editor, approved, "Source added")).toEqual({ ok: true, tags: [] });
    expect((await approveChange(reviewer, approved, "all", { seenRevision: 1 })).ok).toBe(true);
    expect(await commentOnChange(reviewer, approved, "Late remark")).toEqual({ ok: false, formError: expect.stringMatching(/closed/) });
    const withdrawn = await propose(editor, place("Akita"));
    expect((await withdrawChange(editor, withdrawn)).ok).toBe(true);
    expect(await commentOnChange(editor, withdrawn, "After all")).toMatchObject({ ok: false });
    expect(await prisma.reviewComment.findMany({ where: { changeRequestId: { in: [approved, withdrawn] } } })).toMatchObject([
      { body: "Source added" },
    ]);
  });
});

describe("rebasing a stale edit", () => {
  // What a form sends: the published content, as the editor found it, with their changes.
  async function editOf(placeId: string, changes: Partial<PlaceInput>) {
    const published = await getPlaceForEditing(placeId);
    return { ...published!.content, ...changes };
  }

  it("keeps a colleague's field approved since, taking from the edit only what its author changed", async () => {
    const sendai = await publishedPlace("Sendai");
    const mine = await propose(editor, await editOf(sendai.id, { summary: "Capital of Miyagi" }), sendai.id);
    const colleague = await propose(otherEditor, await editOf(sendai.id, { latitude: 38.27, longitude: 140.87 }), sendai.id);
    expect((await approveChange(reviewer, colleague, "all", { seenRevision: 1 })).ok).toBe(true);
    expect((await approveChange(reviewer, mine, "all", { seenRevision: 1 })).ok).toBe(false);
    // The revise form starts from the author's own proposal, prepared on version 1.
    const revision = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: mine } });
    const revised = { ...(revision.payload as PlaceInput), summary: "Capital of Miyagi Prefecture" };
    expect((await proposePlace(editor, revised, { placeId: sendai.id, changeId: mine }, true)).ok).toBe(true);
    expect((await approveChange(reviewer, mine, "all", { seenRevision: 2 })).ok).toBe(true);
    expect(await prisma.place.findUniqueOrThrow({ where: { id: sendai.id } })).toMatchObject({
      summary: "Capital of Miyagi Prefecture",
      latitude: 38.27,
      longitude: 140.87,
      version: 3,
    });
    expect(await prisma.reviewComment.count({ where: { changeRequestId: mine } })).toBe(0);
  });

  it("starts the revise form from the rebased edit: the author's fields and the colleague's", async () => {
    const aomori = await publishedPlace("Aomori");
    const mine = await propose(editor, await editOf(aomori.id, { summary: "Port on Mutsu Bay" }), aomori.id);
    const colleague = await propose(otherEditor, await editOf(aomori.id, { latitude: 40.82 }), aomori.id);
    expect((await approveChange(reviewer, colleague, "all", { seenRevision: 1 })).ok).toBe(true);
    const reading = readChangeItem(await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: mine } }));
    if (!reading.ok) throw new Error(reading.problem);
    expect((await rebasedForRevision(reading.item)).content).toMatchObject({ summary: "Port on Mutsu Bay", latitude: 40.82 });
  });

  it("marks the change out of date in the review queue until its author rebases it", async () => {
    const hirosaki = await publishedPlace("Hirosaki");
    const mine = await propose(editor, await editOf(hirosaki.id, { summary: "Castle town" }), hirosaki.id);
    const colleague = await propose(otherEditor, await editOf(hirosaki.id, { latitude: 40.6 }), hirosaki.id);
    const outOfDate = async () => Object.fromEntries((await listReviewQueue(reviewer)).rows.map((c) => [c.id, c.isOutOfDate]));
    expect(await outOfDate()).toMatchObject({ [mine]: false, [colleague]: false });
    expect((await approveChange(reviewer, colleague, "all", { seenRevision: 1 })).ok).toBe(true);
    expect((await outOfDate())[mine]).toBe(true);
    const before = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: mine } });
    expect((await proposePlace(editor, before.payload as PlaceInput, { placeId: hirosaki.id, changeId: mine }, true)).ok).toBe(true);
    expect((await outOfDate())[mine]).toBe(false);
  });

  it("keeps the author's value where both changed a field, and flags it on that field for the reviewer", async () => {
    const yamagata = await publishedPlace("Yamagata");
    const mine = await propose(editor, await editOf(yamagata.id, { summary: "Known for cherries" }), yamagata.id);
    const colleague = await propose(otherEditor, await editOf(yamagata.id, { summary: "Capital of Yamagata Prefecture" }), yamagata.id);
    expect((await approveChange(reviewer, colleague, "all", { seenRevision: 1 })).ok).toBe(true);
    const before = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: mine } });
    expect((await proposePlace(editor, before.payload as PlaceInput, { placeId: yamagata.id, changeId: mine }, true)).ok).toBe(true);
    const item = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: mine, status: "PENDING" } });
    expect(item).toMatchObject({ baseVersion: 2, payload: expect.objectContaining({ summary: "Known for cherries" }) });
    const flags = await prisma.reviewComment.findMany({ where: { changeRequestId: mine } });
    expect(flags).toMatchObject([
      { changeItemId: item.id, field: "summary", authorId: editor.id, body: expect.stringMatching(/^Out of date/) },
    ]);
  });
});
