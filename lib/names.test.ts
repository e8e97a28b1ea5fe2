import { describe, expect, it } from "vitest";
import { normalizeName, slugify } from "@/lib/names";

describe("normalizeName", () => {
  it("matches romanizations however they are spaced, hyphenated or cased", () => {
    expect(normalizeName("Dong-yeon Kim")).toBe(normalizeName("dongyeon  KIM"));
  });

  it("folds full-width Latin letters to half-width", () => {
    expect(normalizeName("ＤＯＮＧ－ＹＥＯＮ　ＫＩＭ")).toBe(normalizeName("Dong-yeon Kim"));
  });

  it("keeps Chinese, Japanese and Korean characters", () => {
    expect(normalizeName("江苏省")).toBe("江苏省");
    expect(normalizeName("福岡県")).toBe("福岡県");
    expect(normalizeName("경기도")).toBe("경기도");
  });

  it("does not merge simplified and traditional characters, which are different names", () => {
    expect(normalizeName("江苏省")).not.toBe(normalizeName("江蘇省"));
  });
});

describe("slugify", () => {
  it("makes readable ASCII slugs", () => {
    expect(slugify("Gangnam District")).toBe("gangnam-district");
    expect(slugify("Jiāngsū Province")).toBe("jiangsu-province");
  });
});
