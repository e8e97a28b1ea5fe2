import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { proposePlace, proposePlaceMerge, proposePlaceRemoval } from "@/lib/place";
import { approveChange, returnChange } from "@/lib/change-review";
import { emptyPlace, placeSchema, type PlaceInput } from "@/lib/place-schema";
import { PermissionDenied } from "@/lib/permissions";
import { indexRecordNames } from "@/lib/search-index";

let editor: { id: string; role: "EDITOR" };
let jiangsuId: string;

beforeAll(async () => {
  editor = await createTestUser("EDITOR", "editor");
  const jiangsu = await prisma.place.create({ data: { slug: "jiangsu", name: "Jiangsu", country: "CN", level: "PROVINCE" } });
  await indexRecordNames(prisma, "PLACE", jiangsu.id);
  jiangsuId = jiangsu.id;
});

const yangzhou: PlaceInput = {
  ...emptyPlace(),
  name: "Yangzhou",
  level: "PREFECTURE_LEVEL_CITY",
  names: [{ text: "扬州市", lang: "zh-Hans", kind: "NATIVE" }],
};

describe("proposePlace", () => {
  it("creates a submitted change request and no public place", async () => {
    const result = await proposePlace(editor, { ...yangzhou, parentId: jiangsuId }, {}, true);
    expect(result.ok).toBe(true);
    const change = await prisma.changeRequest.findFirstOrThrow({ where: { authorId: editor.id }, include: { items: true } });
    expect(change.status).toBe("SUBMITTED");
    expect(change.items).toHaveLength(1);
    expect(change.items[0]).toMatchObject({ recordType: "PLACE", operation: "CREATE" });
    expect(change.items[0].payload).toMatchObject({ name: "Yangzhou", names: [{ text: "扬州市", lang: "zh-Hans", kind: "NATIVE" }] });
    expect(await prisma.place.count({ where: { name: "Yangzhou" } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "change.submitted", actorId: editor.id } })).toBe(1);
  });

  it("points out a place that is already recorded, at the name field", async () => {
    for (const spelling of ["Jiangsu", "jiang-su", "Jiāngsū"]) {
      const result = await proposePlace(editor, { ...emptyPlace(), name: spelling, level: "PROVINCE" }, {}, true);
      expect(result).toEqual({ ok: false, fieldErrors: { name: expect.stringContaining("/places/jiangsu") } });
    }
  });

  it("refuses a parent that does not exist, at the parent field", async () => {
    const result = await proposePlace(editor, { ...yangzhou, name: "Nowhere", parentId: "missing" }, {}, true);
    expect(result).toEqual({ ok: false, fieldErrors: { parentId: expect.any(String) } });
  });

  it("refuses a user whose role may not propose", async () => {
    const stranger = { id: "x", role: "VISITOR" as never };
    await expect(proposePlace(stranger, yangzhou, {}, true)).rejects.toThrow(PermissionDenied);
  });
});

describe("revising a returned removal or merge", () => {
  const author = { id: "", role: "EDITOR" as const };
  const reviewer = { id: "", role: "REVIEWER" as const };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    author.id = (await createTestUser("EDITOR", "remover")).id;
    reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
    for (const name of ["Nara", "Narra", "Uji", "Ujicity", "Kyoto"]) {
      ids[name] = (await prisma.place.create({ data: { slug: name.toLowerCase(), name, country: "JP", level: "CITY" } })).id;
    }
  });

  async function returned(proposal: Promise<{ ok: boolean; data?: { id: string } }>) {
    const changeId = (await proposal).data?.id ?? "";
    expect((await returnChange(reviewer, changeId, { seenRevision: 1, comment: "Say which place it duplicates" })).ok).toBe(true);
    return changeId;
  }

  it("keeps a removal a removal of the same place, its new reason added as a comment", async () => {
    const changeId = await returned(proposePlaceRemoval(author, ids.Narra, "Duplicate"));
    expect(await proposePlaceRemoval(author, ids.Narra, "Duplicate of Nara", changeId)).toEqual({ ok: true, data: { id: changeId } });
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true, comments: true } });
    expect(change).toMatchObject({ status: "SUBMITTED", revision: 2 });
    expect(change.items).toEqual([
      expect.objectContaining({ recordType: "PLACE", operation: "DELETE", recordId: ids.Narra, status: "PENDING" }),
    ]);
    expect(change.comments.map((c) => c.body).sort()).toEqual(["Duplicate", "Duplicate of Nara", "Say which place it duplicates"]);
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: 2 })).ok).toBe(true);
    expect((await prisma.place.findUniqueOrThrow({ where: { id: ids.Narra } })).retiredAt).not.toBeNull();
  });

  it("refuses revising another author's removal, and adds no comment to it", async () => {
    const changeId = await returned(proposePlaceRemoval(author, ids.Kyoto, "Duplicate"));
    const result = await proposePlaceRemoval(editor, ids.Kyoto, "Mine now", changeId);
    expect(result).toEqual({ ok: false, formError: expect.stringMatching(/author/) });
    expect(await prisma.reviewComment.count({ where: { changeRequestId: changeId, body: "Mine now" } })).toBe(0);
  });

  it("keeps a merge a merge of the same duplicate, into the place now chosen", async () => {
    const changeId = await returned(proposePlaceMerge(author, ids.Ujicity, ids.Kyoto, "Same city"));
    expect(await proposePlaceMerge(author, ids.Ujicity, ids.Uji, "Same city as Uji", changeId)).toEqual({
      ok: true,
      data: { id: changeId },
    });
    const change = await prisma.changeRequest.findUniqueOrThrow({ where: { id: changeId }, include: { items: true } });
    expect(change).toMatchObject({ status: "SUBMITTED", revision: 2 });
    expect(change.items).toEqual([
      expect.objectContaining({ operation: "MERGE", recordId: ids.Ujicity, mergeIntoId: ids.Uji, status: "PENDING" }),
    ]);
  });
});

describe("placeSchema", () => {
  it("puts each message at the field it belongs to", () => {
    const result = placeSchema.safeParse({ ...yangzhou, name: "Y", latitude: 200, names: [{ text: "", lang: "ja", kind: "NATIVE" }] });
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "latitude", "names.0.text"]));
  });

  it("accepts its own output, so the server re-validates what the form sent", () => {
    const parsed = placeSchema.parse(yangzhou);
    expect(placeSchema.parse(parsed)).toEqual(parsed);
  });
});

describe("an edit saved from a form opened before a colleague's edit was approved", () => {
  it("keeps the colleague's approved field and flags a field both changed, instead of undoing it", async () => {
    const reviewer = { id: "", role: "REVIEWER" as const };
    reviewer.id = (await createTestUser("REVIEWER", "opener")).id;
    const approve = async (result: { ok: boolean; data?: { id: string } }) =>
      expect(await approveChange(reviewer, result.ok ? result.data!.id : "", "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const sendai: PlaceInput = { ...emptyPlace(), name: "Sendai", level: "CITY", country: "JP", names: [] };
    await approve(await proposePlace(editor, sendai, {}, true));
    const place = await prisma.place.findFirstOrThrow({ where: { name: "Sendai" } });
    const opened = { placeId: place.id, baseVersion: place.version };

    await approve(await proposePlace(editor, { ...sendai, latitude: 38.27, summary: "City in Tohoku" }, { placeId: place.id }, true));
    const late = await proposePlace(editor, { ...sendai, summary: "Capital of Miyagi", longitude: 140.87 }, opened, true);
    const change = await prisma.changeRequest.findUniqueOrThrow({
      where: { id: late.ok ? late.data!.id : "" },
      include: { items: true, comments: true },
    });
    expect(change.items[0]).toMatchObject({
      baseVersion: place.version + 1,
      payload: { latitude: 38.27, longitude: 140.87, summary: "Capital of Miyagi" },
    });
    expect(change.comments.map((comment) => [comment.field, comment.body])).toEqual([["summary", expect.stringMatching(/^Out of date/)]]);
  });
});
