import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { PlaceLevel } from "@/lib/generated/prisma/enums";
import { findByName } from "@/lib/name-search";
import { findPickableRecords, getPickedRecord, getSourceText } from "@/lib/record-picker-search";
import { reindexAllNames } from "@/lib/search-index";
import { sourceRecord } from "@/lib/source-record";
import { emptySource, type SourceInput } from "@/lib/source-schema";

const ids: Record<string, string> = {};

async function place(key: string, name: string, country: string, level: PlaceLevel, names: [text: string, lang: string][]) {
  const create = names.map(([text, lang]) => ({ text, lang, kind: "NATIVE" as const, normalized: text }));
  ids[key] = (await prisma.place.create({ data: { slug: key, name, country, level, names: { create } } })).id;
}

// Sources are published the way approval publishes them, which files their titles.
async function source(key: string, content: Partial<SourceInput>) {
  const input = { ...emptySource, snapshot: "A text long enough to be a source.", ...content };
  ids[key] = await prisma.$transaction((tx) => sourceRecord.create(tx, input));
}

const find = (q: string, types: Parameters<typeof findPickableRecords>[0]["types"], country?: string) =>
  findPickableRecords({ q, types, country });

beforeAll(async () => {
  await place("yangzhou", "Yangzhou", "CN", "PREFECTURE_LEVEL_CITY", [["扬州市", "zh-Hans"]]);
  await place("gwangju", "Gwangju", "KR", "METROPOLITAN_CITY", [["광주광역시", "ko"]]);
  await place("gwangju-city", "Gwangju", "KR", "CITY", [["광주시", "ko"]]);
  await place("okayama", "Okayama", "JP", "PREFECTURE", [["岡山県", "ja"]]);
  await prisma.person.create({ data: { slug: "okayama-taro", name: "Okayama Taro" } });
  await reindexAllNames(prisma);
  await source("sanyo", {
    title: "Yangzhou and Okayama sign a friendship agreement",
    publisher: "Sanyo Shimbun",
    publishedOn: "2024-05-01",
  });
  await source("older", { title: "Okayama delegation visits Yangzhou", publishedOn: "2019", snapshot: "Another text, long enough." });
  await source("xinhua", { title: "扬州与冈山缔结友好城市", lang: "zh-Hans", publisher: "新华社", snapshot: "扬州市与冈山县的交流。" });
});

describe("finding records to pick", () => {
  it("finds a place by a name in traditional characters, with its country, level and the name that matched", async () => {
    expect(await find("揚州", ["PLACE"])).toEqual([
      { id: ids.yangzhou, title: "Yangzhou", detail: "China · Prefecture-level city", matched: "扬州市" },
    ]);
  });

  it("leaves out `matched` when the canonical name answered", async () => {
    expect(await find("Yangzhou", ["PLACE"])).toEqual([{ id: ids.yangzhou, title: "Yangzhou", detail: "China · Prefecture-level city" }]);
  });

  it("tells namesakes apart by their level", async () => {
    const details = (await find("광주", ["PLACE"])).map((record) => record.detail);
    expect(details.sort()).toEqual(["South Korea · City", "South Korea · Metropolitan city"]);
  });

  it("filters places by country", async () => {
    expect(await find("Yangzhou", ["PLACE"], "JP")).toEqual([]);
    expect((await find("Yangzhou", ["PLACE"], "CN")).map((record) => record.id)).toEqual([ids.yangzhou]);
  });

  it("offers only the kinds asked for", async () => {
    expect((await find("Okayama", ["PERSON"])).map((record) => record.title)).toEqual(["Okayama Taro"]);
    expect((await find("Okayama", ["PLACE", "PERSON"])).map((record) => record.detail)).toEqual(["Japan · Prefecture", "Person"]);
  });
});

describe("finding sources by title", () => {
  it("finds a source by any word of its title: titles starting with it first, then the newest, with publisher and date", async () => {
    expect(await find("okayama", ["SOURCE"])).toEqual([
      { id: ids.older, title: "Okayama delegation visits Yangzhou", detail: "2019" },
      { id: ids.sanyo, title: "Yangzhou and Okayama sign a friendship agreement", detail: "Sanyo Shimbun, 2024-05-01" },
    ]);
    expect((await find("friendship agr", ["SOURCE"])).map((record) => record.id)).toEqual([ids.sanyo]);
  });

  it("finds a Chinese title by characters inside it, in either character form", async () => {
    for (const q of ["冈山", "岡山", "扬州与"]) expect((await find(q, ["SOURCE"])).map((record) => record.id)).toEqual([ids.xinhua]);
  });

  it("lists sources after named records, and never among a name search's answers", async () => {
    const titles = (await find("Okayama", ["PLACE", "SOURCE"])).map((record) => record.title);
    expect(titles).toEqual(["Okayama", "Okayama delegation visits Yangzhou", "Yangzhou and Okayama sign a friendship agreement"]);
    expect((await findByName(prisma, "Okayama")).map((match) => match.name)).toEqual(["Okayama", "Okayama Taro"]);
  });

  it("refiles a retitled source and forgets a retired one", async () => {
    const content = { ...emptySource, title: "Kurashiki news", snapshot: "A text long enough to be a source." };
    await source("retitled", { ...content, title: "Okayama evening news" });
    await prisma.$transaction((tx) => sourceRecord.update(tx, ids.retitled, content));
    expect((await find("Okayama evening", ["SOURCE"])).map((record) => record.id)).toEqual([]);
    expect((await find("Kurashiki", ["SOURCE"])).map((record) => record.id)).toEqual([ids.retitled]);
    await prisma.$transaction((tx) => sourceRecord.retire(tx, ids.retitled));
    expect(await find("Kurashiki", ["SOURCE"])).toEqual([]);
    expect(await getSourceText(ids.retitled)).toBeNull();
  });
});

describe("showing the records a form starts with", () => {
  it("describes a chosen place, and marks one no longer published", async () => {
    expect(await getPickedRecord("PLACE", ids.okayama)).toEqual({ id: ids.okayama, title: "Okayama", detail: "Japan · Prefecture" });
    await prisma.place.update({ where: { id: ids.gwangju }, data: { retiredAt: new Date() } });
    expect(await getPickedRecord("PLACE", ids.gwangju)).toMatchObject({ detail: "No longer published" });
    expect(await getPickedRecord("PLACE", null)).toBeNull();
  });

  it("gives a source's text for selecting a passage", async () => {
    expect(await getSourceText(ids.xinhua)).toEqual({
      id: ids.xinhua,
      title: "扬州与冈山缔结友好城市",
      detail: "新华社",
      publisher: "新华社",
      lang: "zh-Hans",
      snapshot: "扬州市与冈山县的交流。",
    });
  });
});
