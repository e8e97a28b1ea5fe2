// Made-up but realistic names for scripts/bench-search.ts: Chinese places (simplified,
// traditional, pinyin with tones), Japanese places (kanji, kana, romaji with macrons),
// Korean places (Hangul, Revised Romanization) and people of the three countries, from a
// seeded random source so every run builds the same 20,000 names.
import { romanize } from "es-hangul";
import { Converter } from "opencc-js";
import { pinyin } from "pinyin-pro";
import type { NameKind } from "../lib/generated/prisma/enums";
import type { NamedRecordType } from "../lib/search-key";

const CN_CHARS = [..."江山州阳安平河南北东西宁昌德兴福华海湖广云城林泉宝金长新丰武汉鞍顺庆盐泰通连台溪源嘉绍温"];
const JP_KANJI = [..."田川山島野宮本原松井高中大小北沢岡崎津浜橋富士長谷森石"];
const JP_SYLLABLES = [
  ["ka", "か"],
  ["mi", "み"],
  ["to", "と"],
  ["na", "な"],
  ["sa", "さ"],
  ["ta", "た"],
  ["ma", "ま"],
  ["yo", "よ"],
  ["ha", "は"],
  ["ri", "り"],
  ["ō", "おう"],
  ["kyō", "きょう"],
  ["shi", "し"],
  ["no", "の"],
];
const KO_SYLLABLES = [..."서울부산대구인천광주수원성남용고양창청전포항김해안산평택제천춘강릉진"];
const KO_SURNAMES = [..."김이박최정강조윤장임"];
const CN_SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡"];

export type BenchQueries = {
  latin: string[];
  chinese: string[];
  japanese: string[];
  korean: string[];
  near: { text: string; recordType: NamedRecordType }[];
};
type NameRow = { text: string; normalized: string; lang: string; kind: NameKind; placeId?: string; personId?: string };

// mulberry32: a tiny seeded generator, so the data and the figures are repeatable.
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(2026);
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
const picks = <T>(items: T[], count: number) => Array.from({ length: count }, () => pick(items));
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const toTraditional = Converter({ from: "cn", to: "hk" });
const name = (text: string, lang: string, kind: NameKind, owner: Partial<NameRow>): NameRow => ({
  text,
  normalized: text,
  lang,
  kind,
  ...owner,
});

export function makeNamedRecords() {
  const places: { id: string; slug: string; name: string; country: string; level: "CITY" }[] = [];
  const people: { id: string; slug: string; name: string }[] = [];
  const names: NameRow[] = [];
  const queries: BenchQueries = { latin: [], chinese: [], japanese: [], korean: [], near: [] };
  const addPlace = (country: string, english: string) => {
    const id = `place-${places.length}`;
    places.push({ id, slug: id, name: english, country, level: "CITY" });
    return { placeId: id };
  };
  const addPerson = (english: string) => {
    const id = `person-${people.length}`;
    people.push({ id, slug: id, name: english });
    return { personId: id };
  };

  for (let i = 0; i < 3000; i++) {
    const hans = picks(CN_CHARS, 2).join("") + "市";
    const tonal = capitalize(pinyin(hans.slice(0, 2), { separator: "" }));
    const plain = capitalize(pinyin(hans.slice(0, 2), { toneType: "none", separator: "" }));
    const owner = addPlace("CN", `${plain} City`);
    names.push(
      name(hans, "zh-Hans", "NATIVE", owner),
      name(toTraditional(hans), "zh-Hant", "NATIVE", owner),
      name(tonal, "zh-Latn-pinyin", "ROMANIZATION", owner),
    );
    if (i % 10 === 0) queries.chinese.push(hans.slice(0, 2), toTraditional(hans), hans.slice(0, 1));
    if (i % 10 === 1) queries.latin.push(plain, tonal, plain.slice(0, 4));
  }
  for (let i = 0; i < 2000; i++) {
    const syllables = picks(JP_SYLLABLES, 3);
    const romaji = capitalize(syllables.map(([latin]) => latin).join(""));
    const kanji = picks(JP_KANJI, 2).join("") + "市";
    const owner = addPlace("JP", romaji.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
    const kana = i % 4 === 0 ? syllables.map(([, hiragana]) => hiragana).join("") : kanji;
    names.push(name(kana, "ja", "NATIVE", owner), name(romaji, "ja-Latn", "ROMANIZATION", owner));
    if (i % 7 === 0) queries.japanese.push(kana.slice(0, 2), kanji);
    if (i % 7 === 1) queries.latin.push(romaji);
  }
  for (let i = 0; i < 2000; i++) {
    const hangul = picks(KO_SYLLABLES, 2).join("") + "시";
    const owner = addPlace("KR", `${capitalize(romanize(hangul.slice(0, 2)))}`);
    names.push(
      name(hangul, "ko", "NATIVE", owner),
      name(`${capitalize(romanize(hangul.slice(0, 2)))}-si`, "ko-Latn", "ROMANIZATION", owner),
    );
    if (i % 7 === 0) queries.korean.push(hangul.slice(0, 2), hangul);
  }
  for (let i = 0; i < 1000; i++) {
    const hangul = pick(KO_SURNAMES) + picks(KO_SYLLABLES, 2).join("");
    const english = `${capitalize(romanize(hangul.slice(0, 1)))} ${capitalize(romanize(hangul.slice(1)))}`;
    names.push(name(hangul, "ko", "NATIVE", addPerson(english)));
    if (i % 7 === 0) queries.korean.push(hangul.slice(0, 2));
    if (i % 7 === 1) queries.near.push({ text: english.slice(0, -1) + "x", recordType: "PERSON" });
  }
  for (let i = 0; i < 1000; i++) {
    const hans = pick(CN_SURNAMES) + picks(CN_CHARS, 2).join("");
    const english = capitalize(pinyin(hans, { toneType: "none", type: "array", surname: "head" }).map(capitalize).join(" "));
    names.push(name(hans, "zh-Hans", "NATIVE", addPerson(english)));
    if (i % 7 === 0) queries.chinese.push(hans.slice(0, 2));
    if (i % 7 === 1) queries.latin.push(english.split(" ").reverse().join(" "));
  }
  for (let i = 0; i < 500; i++) {
    const kanji = picks(JP_KANJI, 2).join("") + " " + picks(JP_KANJI, 2).join("");
    const romaji =
      capitalize(
        picks(JP_SYLLABLES, 3)
          .map(([latin]) => latin)
          .join(""),
      ) +
      " " +
      capitalize(
        picks(JP_SYLLABLES, 2)
          .map(([latin]) => latin)
          .join(""),
      );
    const owner = addPerson(romaji.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
    names.push(name(kanji, "ja", "NATIVE", owner), name(romaji, "ja-Latn", "ROMANIZATION", owner));
    if (i % 5 === 0) queries.japanese.push(kanji.slice(0, 2), romaji.split(" ")[0]);
    if (i % 5 === 1) queries.near.push({ text: romaji.slice(0, -1), recordType: "PERSON" });
  }
  return { places, people, names, queries };
}
