import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createLibSqlAdapter } from "@/lib/libsql-adapter";
import type { NameKind, PlaceLevel } from "@/lib/generated/prisma/enums";
import { findByName, findNearNames, findSourcesByTitle } from "@/lib/name-search";
import { indexRecordNames, reindexAllNames } from "@/lib/search-index";

type NameRow = [text: string, lang: string, kind?: NameKind];
const ids: Record<string, string> = {};

const namesOf = (rows: NameRow[]) => ({
  create: rows.map(([text, lang, kind = "NATIVE"]) => ({ text, lang, kind, normalized: text })),
});

async function place(slug: string, name: string, country: string, level: PlaceLevel, rows: NameRow[]) {
  ids[slug] = (await prisma.place.create({ data: { slug, name, country, level, names: namesOf(rows) } })).id;
}

async function person(slug: string, name: string, rows: NameRow[], placeSlug?: string) {
  const positions = placeSlug ? { create: [{ title: "Governor", placeId: ids[placeSlug], startOn: "2022" }] } : undefined;
  ids[slug] = (await prisma.person.create({ data: { slug, name, names: namesOf(rows), positions } })).id;
}

const slugsFound = async (query: string, options?: Parameters<typeof findByName>[2]) =>
  (await findByName(prisma, query, options)).map((match) => match.slug);

beforeAll(async () => {
  await place("yangzhou", "Yangzhou", "CN", "PREFECTURE_LEVEL_CITY", [
    ["扬州市", "zh-Hans"],
    ["揚州市", "zh-Hant"],
    ["Yángzhōu", "zh-Latn-pinyin", "ROMANIZATION"],
  ]);
  await place("yongzhou", "Yongzhou", "CN", "PREFECTURE_LEVEL_CITY", [["永州市", "zh-Hans"]]);
  await place("hiroshima", "Hiroshima Prefecture", "JP", "PREFECTURE", [
    ["広島県", "ja"],
    ["Hiroshima-ken", "ja-Latn", "ROMANIZATION"],
  ]);
  await place("gyeonggi", "Gyeonggi Province", "KR", "PROVINCE", [["경기도", "ko"]]);
  await place("nara", "Nara", "JP", "CITY", [["奈良市", "ja"]]);
  await place("narashino", "Narashino", "JP", "CITY", [["習志野市", "ja"]]);
  await person("kim-dong-yeon", "Kim Dong-yeon", [["김동연", "ko"]], "gyeonggi");
  await person("ishiguro-kenhiko", "Ishiguro Kenhiko", [["石黒健彦", "ja"]]);
  await person("xin-changxing", "Xin Changxing", [
    ["信长星", "zh-Hans"],
    ["Noboru Changxing", "en", "VARIANT"],
  ]);
  await prisma.place.create({
    data: { slug: "old-yangzhou", name: "Yangzhou Old Town", country: "CN", level: "TOWN", retiredAt: new Date() },
  });
  await reindexAllNames(prisma);
});

describe("finding a record by any of its names", () => {
  it.each([
    ["by its English name", "Yangzhou", "yangzhou"],
    ["by the start of its English name", "Hirosh", "hiroshima"],
    ["with the words of a person's name swapped", "Kenhiko Ishiguro", "ishiguro-kenhiko"],
    ["by a variant a source used", "Noboru Chang", "xin-changxing"],
    ["by simplified characters", "扬州", "yangzhou"],
    ["by traditional characters", "揚州", "yangzhou"],
    ["by traditional characters for a Japanese name", "廣島", "hiroshima"],
    ["by simplified characters for a Japanese name", "广岛", "hiroshima"],
    ["by Korean Revised Romanization", "Gyeonggi-do", "gyeonggi"],
    ["by a Korean name romanized syllable by syllable", "gimdongyeon", "kim-dong-yeon"],
    ["by Hangul", "경기", "gyeonggi"],
    ["by toneless pinyin of the Chinese name", "yangzhoushi", "yangzhou"],
    ["by pinyin with tones", "Yángzhōu", "yangzhou"],
    ["by a person's pinyin, given name first", "Changxing Xin", "xin-changxing"],
    ["by full-width letters", "ＹＡＮＧＺＨＯＵ", "yangzhou"],
  ])("%s: %s", async (_how, query, slug) => {
    expect(await slugsFound(query)).toContain(slug);
  });

  it("describes the match: canonical name, the name that matched, country and level", async () => {
    const [match] = await findByName(prisma, "揚州");
    expect(match).toMatchObject({
      recordType: "PLACE",
      recordId: ids.yangzhou,
      name: "Yangzhou",
      matchedText: "揚州市",
      country: "CN",
      level: "PREFECTURE_LEVEL_CITY",
      slug: "yangzhou",
    });
  });

  it("ranks an exact name before longer names it begins", async () => {
    expect(await slugsFound("Nara")).toEqual(["nara", "narashino"]);
    expect(await slugsFound("nara", { limit: 1 })).toEqual(["nara"]);
  });

  it("filters by kind of record and by country (a person's from their position)", async () => {
    expect(await slugsFound("Gyeonggi", { recordTypes: ["PERSON"] })).toEqual([]);
    expect(await slugsFound("Kim Dong", { country: "KR" })).toEqual(["kim-dong-yeon"]);
    expect(await slugsFound("Yangzhou", { country: "JP" })).toEqual([]);
  });

  it("finds nothing for a name no record has, or an empty query", async () => {
    expect(await slugsFound("Hangzhou")).toEqual([]);
    expect(await slugsFound("  ")).toEqual([]);
  });

  it("never files retired records", async () => {
    expect(await slugsFound("Yangzhou Old")).toEqual([]);
  });
});

describe("keeping one record's keys current", () => {
  it("files a new name and forgets a removed one", async () => {
    const name = await prisma.name.create({
      data: { placeId: ids.nara, text: "Nara-shi", normalized: "narashi", lang: "ja-Latn", kind: "ROMANIZATION" },
    });
    await prisma.$transaction((tx) => indexRecordNames(tx, "PLACE", ids.nara));
    expect((await findByName(prisma, "Nara-shi"))[0]).toMatchObject({ slug: "nara", matchedText: "Nara-shi" });
    await prisma.name.delete({ where: { id: name.id } });
    await prisma.$transaction((tx) => indexRecordNames(tx, "PLACE", ids.nara));
    expect((await findByName(prisma, "Nara-shi")).map((match) => match.slug)).toEqual(["narashino"]);
  });

  it("drops every key of a record once it is retired", async () => {
    await prisma.place.update({ where: { id: ids.yongzhou }, data: { retiredAt: new Date() } });
    await prisma.$transaction((tx) => indexRecordNames(tx, "PLACE", ids.yongzhou));
    expect(await prisma.searchKey.count({ where: { recordId: ids.yongzhou } })).toBe(0);
    await prisma.place.update({ where: { id: ids.yongzhou }, data: { retiredAt: null } });
    await prisma.$transaction((tx) => indexRecordNames(tx, "PLACE", ids.yongzhou));
  });
});

describe("names possibly the same as a new one", () => {
  it("finds a name one edit away", async () => {
    const [near] = await findNearNames(prisma, "Ishiguro Kenihiko", "PERSON");
    expect(near).toMatchObject({ slug: "ishiguro-kenhiko", distance: 1 });
  });

  it("finds a misspelt place, but not places of another kind", async () => {
    expect((await findNearNames(prisma, "Yangzou", "PLACE")).map((near) => near.slug)).toContain("yangzhou");
    expect(await findNearNames(prisma, "Yangzou", "PERSON")).toEqual([]);
  });

  it("leaves out exact duplicates only when asked", async () => {
    expect((await findNearNames(prisma, "Kim Dong-yeon", "PERSON")).map((near) => near.slug)).toEqual(["kim-dong-yeon"]);
    expect(await findNearNames(prisma, "Kim Dong-yeon", "PERSON", { excludeExact: true })).toEqual([]);
  });

  it("does not call different short names near (扬州 and 永州 are different cities)", async () => {
    expect((await findNearNames(prisma, "扬州", "PLACE")).map((near) => near.slug)).toEqual(["yangzhou"]);
  });
});

describe("lookups read the key index, never the whole table", () => {
  it("plans every SearchKey query sent as a search of the key index", async () => {
    const logged = new PrismaClient({ adapter: createLibSqlAdapter(process.env.DATABASE_URL!), log: [{ emit: "event", level: "query" }] });
    const queries: { sql: string; params: unknown[] }[] = [];
    logged.$on("query", (event) => {
      if (event.query.trimStart().startsWith("SELECT") && /FROM (`main`\.`SearchKey`|SearchKey)/.test(event.query))
        queries.push({ sql: event.query, params: JSON.parse(event.params) });
    });
    await findByName(logged, "Kim Dong", { recordTypes: ["PERSON"], country: "KR" });
    await findNearNames(logged, "Ishiguro Kenihiko", "PERSON", { exceptId: ids.nara });
    await findSourcesByTitle(logged, "Yangzhou");
    for (const { sql, params } of queries) {
      const plan = (await logged.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params))
        .map((step) => step.detail)
        .join("\n");
      expect(plan).toMatch(/SEARCH (main\.)?SearchKey USING INDEX SearchKey_key_idx/);
      expect(plan).not.toMatch(/SCAN (main\.)?SearchKey|recordId_idx/);
    }
    expect(queries.length).toBe(3);
    await logged.$disconnect();
  });
});
