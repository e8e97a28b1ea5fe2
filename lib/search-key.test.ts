import { describe, expect, it } from "vitest";
import { queryKeysOf, searchKeysOf, titleKeysOf, titleQueryKeysOf, type NamedRecordType } from "@/lib/search-key";

// A query finds a name when one of its keys is a prefix of one of the name's keys,
// which is exactly what the index's range lookup does.
function finds(query: string, name: string, lang?: string, recordType?: NamedRecordType): boolean {
  const keys = searchKeysOf(name, lang, recordType);
  return queryKeysOf(query).some((q) => keys.some((key) => key.startsWith(q)));
}

type Case = [query: string, name: string, lang: string | undefined, recordType: NamedRecordType | undefined];

const FOUND: Record<string, Case[]> = {
  Latin: [
    ["Yangzhou", "Yangzhou", "en", "PLACE"],
    ["yang", "Yangzhou City", "en", "PLACE"],
    ["Kenhiko Ishiguro", "Ishiguro Kenhiko", "en", "PERSON"],
    ["Kenhiko Ishi", "Ishiguro Kenhiko", "en", "PERSON"],
    ["Gangnam District", "Gangnam-gu", "ko-Latn", "PLACE"],
    ["Xian", "Xi'an", "en", "PLACE"],
    ["Busan", "Busan Metropolitan City", "en", "PLACE"],
  ],
  "pinyin with tones": [
    ["Yangzhou", "Yángzhōu", "zh-Latn-pinyin", "PLACE"],
    ["Yángzhōu", "扬州市", "zh-Hans", "PLACE"],
    ["yangzhoushi", "揚州市", "zh-Hant", "PLACE"],
    ["Suzhou", "蘇州市", "zh-Hant", "PLACE"],
    ["Lüliang", "吕梁市", "zh-Hans", "PLACE"],
    ["Chongqing", "重庆市", "zh-Hans", "PLACE"],
    ["Xin Changxing", "信长星", "zh-Hans", "PERSON"],
    ["Changxing Xin", "信長星", "zh-Hant", "PERSON"],
  ],
  "simplified, traditional and shinjitai": [
    ["扬州", "揚州市", "zh-Hant", "PLACE"],
    ["揚州", "扬州市", "zh-Hans", "PLACE"],
    ["广岛", "広島", "ja", "PLACE"],
    ["廣島", "広島県", "ja", "PLACE"],
    ["広島", "广岛", "zh-Hans", "PLACE"],
    ["東京", "东京都", "zh-Hans", "PLACE"],
    ["扬州市", "扬州", "zh-Hans", "PLACE"],
  ],
  Japanese: [
    ["Osaka", "Ōsaka", "ja-Latn", "PLACE"],
    ["Ōsaka", "Osaka", "en", "PLACE"],
    ["Tokyo", "Tōkyō", "ja-Latn", "PLACE"],
    ["サイタマ", "さいたま市", "ja", "PLACE"],
    ["ｻｲﾀﾏ", "さいたま市", "ja", "PLACE"],
    ["東京", "東京都", "ja", "PLACE"],
    ["ギフ", "ぎふ", "ja", "PLACE"],
  ],
  Korean: [
    ["Gyeonggi-do", "경기도", "ko", "PLACE"],
    ["gyeonggi", "경기도", "ko", "PLACE"],
    ["Gyeonggi Province", "경기도", "ko", "PLACE"],
    ["Seoul", "서울특별시", "ko", "PLACE"],
    ["서울", "Seoul", "en", "PLACE"],
    ["Kim Dong-yeon", "김동연", "ko", "PERSON"],
    ["Dong-yeon Kim", "김동연", "ko", "PERSON"],
    ["Gim Dong", "김동연", "ko", "PERSON"],
    ["김동연", "Kim Dong-yeon", "en", "PERSON"],
    ["Lee Jae", "이재명", "ko", "PERSON"],
    ["Park", "박원순", "ko", "PERSON"],
  ],
  "full-width and mixed scripts": [
    ["ＹＡＮＧＺＨＯＵ", "Yangzhou", "en", "PLACE"],
    ["Ｔｏｋｙｏ", "Tōkyō", "ja-Latn", "PLACE"],
    ["수원", "Suwon 수원시", undefined, "PLACE"],
    ["Suwon", "Suwon 수원시", undefined, "PLACE"],
    ["扬州", "Yangzhou 揚州", undefined, "PLACE"],
  ],
};

const NOT_FOUND: Case[] = [
  ["Yangzhou", "Suzhou", "en", "PLACE"],
  ["Osaka", "Okayama", "en", "PLACE"],
  ["Hangzhou", "扬州市", "zh-Hans", "PLACE"],
  ["江苏", "江西省", "zh-Hans", "PLACE"],
  ["Kyoto", "Tōkyō", "ja-Latn", "PLACE"],
  ["Busan", "부천시", "ko", "PLACE"],
  ["Kim", "이재명", "ko", "PERSON"],
  ["Kim Dong-gu", "김동연", "ko", "PERSON"],
  ["guangdao", "広島", "ja", "PLACE"],
  ["City", "Yangzhou City", "en", "PLACE"],
  ["", "Yangzhou", "en", "PLACE"],
  ["--", "Yangzhou", "en", "PLACE"],
];

describe("a query finds a name by any of its spellings", () => {
  for (const [group, cases] of Object.entries(FOUND)) {
    it.each(cases)(`${group}: "%s" finds "%s" (%s)`, (query, name, lang, recordType) => {
      expect(finds(query, name, lang, recordType)).toBe(true);
    });
  }
});

describe("a query does not find a different name", () => {
  it.each(NOT_FOUND)('"%s" does not find "%s" (%s)', (query, name, lang, recordType) => {
    expect(finds(query, name, lang, recordType)).toBe(false);
  });
});

describe("keys", () => {
  it("are non-empty and distinct", () => {
    for (const name of ["Yángzhōu", "扬州市", "김동연", "Ishiguro Kenhiko", "さいたま市", "・・"]) {
      const keys = searchKeysOf(name, undefined, "PERSON");
      expect(keys.every((key) => key.length > 0)).toBe(true);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("fold tones, macrons and full-width letters to one key", () => {
    expect(searchKeysOf("Tōkyō")[0]).toBe("tokyo");
    expect(searchKeysOf("ＴＯＫＹＯ")[0]).toBe("tokyo");
    expect(queryKeysOf("Yáng Zhōu")).toContain("yangzhou");
  });

  it("file a Korean person under RR, syllable by syllable and customary spellings", () => {
    expect(searchKeysOf("김동연", "ko", "PERSON")).toEqual(
      expect.arrayContaining(["gimdongnyeon", "gimdongyeon", "kimdongyeon", "dongyeonkim"]),
    );
  });
});

describe("title keys", () => {
  const findsTitle = (query: string, title: string, lang?: string) =>
    titleQueryKeysOf(query).some((q) => titleKeysOf(title, lang).some((key) => key.startsWith(q)));

  it("start at every word of a Latin title", () => {
    expect(titleKeysOf("Yangzhou and Okayama sign")).toEqual(["yangzhouandokayamasign", "andokayamasign", "okayamasign", "sign"]);
    expect(findsTitle("Okayama sig", "Yangzhou and Okayama sign an agreement")).toBe(true);
    expect(findsTitle("ayama", "Yangzhou and Okayama sign an agreement")).toBe(false);
  });

  it("start at every character of a Chinese or Japanese title, in either character form", () => {
    expect(findsTitle("冈山", "扬州与冈山缔结友好城市", "zh-Hans")).toBe(true);
    expect(findsTitle("岡山", "扬州与冈山缔结友好城市", "zh-Hans")).toBe(true);
    expect(findsTitle("広島", "廣島市との交流", "ja")).toBe(true);
  });

  it("are cut short, and a long query with them", () => {
    const title = "A very long title about the friendship of two cities that goes on and on for many more words than anyone types";
    expect(titleKeysOf(title).every((key) => [...key].length <= 48)).toBe(true);
    expect(findsTitle(title, title)).toBe(true);
  });
});
