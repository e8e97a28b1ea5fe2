import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { proposePlace } from "@/lib/place";
import { emptyPlace, placeSchema, type PlaceInput } from "@/lib/place-schema";
import { PermissionDenied } from "@/lib/permissions";

let editor: { id: string; role: "EDITOR" };
let jiangsuId: string;

beforeAll(async () => {
  const user = await prisma.user.create({ data: { email: "editor@test", name: "Editor", passwordHash: "x", role: "EDITOR" } });
  editor = { id: user.id, role: "EDITOR" };
  const jiangsu = await prisma.place.create({ data: { slug: "jiangsu", name: "Jiangsu", country: "CN", level: "PROVINCE" } });
  jiangsuId = jiangsu.id;
});

const yangzhou: PlaceInput = {
  ...emptyPlace,
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
    const result = await proposePlace(editor, { ...emptyPlace, name: "Jiangsu", level: "PROVINCE" }, {}, true);
    expect(result).toEqual({ ok: false, fieldErrors: { name: expect.stringContaining("/places/jiangsu") } });
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
