import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { PlaceLevel } from "@/lib/generated/prisma/enums";
import { findByName } from "@/lib/name-search";
import { findPickableRecords, getPickedRecord, getSourceText } from "@/lib/record-picker-search";
import { indexRecordTitle, reindexAllNames } from "@/lib/search-index";
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

// Delegations and events are filed as their record kinds file them on approval.
async function delegation(key: string, title: string, startOn: string | null, endOn: string | null) {
  ids[key] = (await prisma.delegation.create({ data: { slug: key, title, startOn, endOn } })).id;
  await prisma.$transaction((tx) => indexRecordTitle(tx, "DELEGATION", ids[key]));
}

async function event(key: string, name: string, startOn: string) {
  ids[key] = (await prisma.event.create({ data: { slug: key, name, kind: "PROMOTION", startOn } })).id;
  await prisma.$transaction((tx) => indexRecordTitle(tx, "EVENT", ids[key]));
}

describe("finding delegations and events by title", () => {
  beforeAll(async () => {
    await delegation("jiangsu-2024", "Jiangsu delegation to Japan and Korea", "2024-05", "2024-06");
    await delegation("jiangsu-2019", "Jiangsu delegation to Gyeonggi", "2019-11-02", "2019-11-02");
    await event("water-rhythm", "Water Rhythm Jiangsu promotion in Seoul", "2024-06-20");
  });

  it("finds a delegation by a word starting its title, newest first, with its dates", async () => {
    expect(await find("jiangsu deleg", ["DELEGATION"])).toEqual([
      { id: ids["jiangsu-2024"], title: "Jiangsu delegation to Japan and Korea", detail: "2024-05 – 2024-06 · Delegation" },
      { id: ids["jiangsu-2019"], title: "Jiangsu delegation to Gyeonggi", detail: "2019-11-02 · Delegation" },
    ]);
    expect((await find("korea", ["DELEGATION"])).map((record) => record.id)).toEqual([ids["jiangsu-2024"]]);
    expect(await find("orea", ["DELEGATION"])).toEqual([]);
  });

  it("finds an event by its name, with its date and kind, and only the kinds asked for", async () => {
    expect(await find("rhythm", ["EVENT"])).toEqual([
      { id: ids["water-rhythm"], title: "Water Rhythm Jiangsu promotion in Seoul", detail: "2024-06-20 · Promotion" },
    ]);
    expect((await find("jiangsu", ["EVENT"])).map((record) => record.id)).toEqual([ids["water-rhythm"]]);
    expect((await find("jiangsu", ["DELEGATION", "EVENT"])).length).toBe(3);
  });

  it("forgets a retired delegation, but still describes it (marked) when a form names it", async () => {
    await delegation("retired", "Okinawa delegation to Fujian", "2023", null);
    await prisma.delegation.update({ where: { id: ids.retired }, data: { retiredAt: new Date() } });
    await prisma.$transaction((tx) => indexRecordTitle(tx, "DELEGATION", ids.retired));
    expect(await find("Okinawa", ["DELEGATION"])).toEqual([]);
    expect(await getPickedRecord("DELEGATION", ids.retired)).toEqual({
      id: ids.retired,
      title: "Okinawa delegation to Fujian",
      detail: "No longer published",
    });
    expect(await getPickedRecord("EVENT", ids["water-rhythm"])).toMatchObject({ detail: "2024-06-20 · Promotion" });
  });

  it("files delegations and events when the whole index is rebuilt", async () => {
    await prisma.delegation.create({ data: { slug: "unfiled", title: "Nara delegation to Xi'an", startOn: "2010" } });
    await reindexAllNames(prisma);
    expect((await find("nara", ["DELEGATION"])).map((record) => record.title)).toEqual(["Nara delegation to Xi'an"]);
    expect((await find("water", ["EVENT"])).map((record) => record.id)).toEqual([ids["water-rhythm"]]);
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
