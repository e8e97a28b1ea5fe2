import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createChange } from "@/lib/change-request";
import { analyseArticle } from "@/lib/intake/analyse";
import { loadKnownRecords } from "@/lib/intake/known-records";

const editor = { id: "", role: "EDITOR" as const };
let placeId = "";

beforeAll(async () => {
  editor.id = (await prisma.user.create({ data: { email: "kr@test", name: "E", passwordHash: "x", role: "EDITOR" } })).id;
  const place = await prisma.place.create({
    data: {
      slug: "kr-wuxi",
      name: "Wuxi",
      country: "CN",
      level: "PREFECTURE_LEVEL_CITY",
      names: { create: [{ text: "无锡", normalized: "无锡", lang: "zh-Hans", kind: "NATIVE" }] },
    },
  });
  placeId = place.id;
  await prisma.place.create({ data: { slug: "kr-gone", name: "Oldtown", country: "CN", level: "CITY", retiredAt: new Date() } });
  await prisma.person.create({ data: { slug: "kr-tanaka", name: "Tanaka Hiroshi" } });
  await createChange(editor, {
    title: "New place: Sagamihara",
    submit: true,
    items: [
      {
        recordType: "PLACE",
        operation: "CREATE",
        ref: "place",
        payload: {
          name: "Sagamihara",
          country: "JP",
          level: "CITY",
          parentId: null,
          names: [],
          latitude: null,
          longitude: null,
          summary: "",
        },
      },
    ],
  });
});

describe("the records an article is read against", () => {
  it("hold published records with their names, and proposed ones marked pending", async () => {
    const records = await loadKnownRecords();
    expect(records).toContainEqual(
      expect.objectContaining({ kind: "place", id: placeId, name: "Wuxi", level: "PREFECTURE_LEVEL_CITY", isPending: false }),
    );
    expect(records.find((r) => r.id === placeId)?.names).toEqual([{ text: "无锡", lang: "zh-Hans" }]);
    expect(records).toContainEqual(expect.objectContaining({ kind: "person", name: "Tanaka Hiroshi", isPending: false }));
    expect(records).toContainEqual(
      expect.objectContaining({ kind: "place", name: "Sagamihara", id: expect.stringMatching(/^item:/), isPending: true }),
    );
    expect(records.map((r) => r.name)).not.toContain("Oldtown");
  });

  it("let the analysis meet a record by a name in another script, and a proposed one by its name", async () => {
    const records = await loadKnownRecords();
    const analysis = analyseArticle("无锡代表团访问了相模原。Officials from Sagamihara welcomed them.", { records });
    const recordIds = analysis.mentions.flatMap((m) => m.recordIds);
    expect(recordIds).toContain(placeId);
    expect(recordIds.some((id) => id.startsWith("item:"))).toBe(true);
  });
});
