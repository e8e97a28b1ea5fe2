import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { createChange } from "@/lib/change-request";
import { approveChange } from "@/lib/change-review";
import { analyseArticle } from "@/lib/intake/analyse";
import { loadKnownNames, loadKnownRecords } from "@/lib/intake/known-records";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let placeId = "";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
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
  await proposePlace("Sagamihara");
});

async function proposePlace(name: string): Promise<string> {
  const created = await createChange(editor, {
    title: `New place: ${name}`,
    submit: true,
    items: [
      {
        recordType: "PLACE",
        operation: "CREATE",
        ref: "place",
        payload: { name, country: "JP", level: "CITY", parentId: null, names: [], latitude: null, longitude: null, summary: "" },
      },
    ],
  });
  return created.id;
}

// The records the article's names meet, as the intake screen reads it.
async function recordsMet(text: string) {
  const { records, index } = await loadKnownNames();
  const byId = new Map(records.map((record) => [record.id, record]));
  return analyseArticle(text, { records, index }).mentions.flatMap((m) => m.recordIds.map((id) => byId.get(id)!));
}

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

describe("the names kept between readings", () => {
  it("are not read again while no record or proposal changed", async () => {
    const first = await loadKnownNames();
    expect(await loadKnownNames()).toBe(first);
  });

  it("meet a place proposed after a reading, and its published record once approved", async () => {
    const article = "A delegation from Kameoka arrived.";
    expect(await recordsMet(article)).toEqual([]);
    const changeId = await proposePlace("Kameoka");
    expect(await recordsMet(article)).toEqual([expect.objectContaining({ name: "Kameoka", isPending: true })]);
    expect((await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(true);
    const place = await prisma.place.findFirstOrThrow({ where: { name: "Kameoka" } });
    expect(await recordsMet(article)).toEqual([expect.objectContaining({ id: place.id, isPending: false })]);
  });

  it("no longer meet a record once it is retired", async () => {
    const place = await prisma.place.create({ data: { slug: "kr-ayabe", name: "Ayabe", country: "JP", level: "CITY" } });
    expect((await recordsMet("Ayabe welcomed them.")).map((r) => r.id)).toEqual([place.id]);
    await prisma.place.update({ where: { id: place.id }, data: { retiredAt: new Date() } });
    expect(await recordsMet("Ayabe welcomed them.")).toEqual([]);
  });
});
