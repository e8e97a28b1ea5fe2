import { describe, expect, it } from "vitest";
import { parseTieSlug, tiePath, tiePathBetween, tieSlug } from "@/lib/tie-path";
import { slugify } from "@/lib/names";

describe("a tie's address", () => {
  it("names its two places in the stored order", () => {
    expect(tieSlug("jiangsu", "gyeonggi")).toBe("jiangsu--gyeonggi");
    expect(tiePath("jiangsu", "gyeonggi")).toBe("/ties/jiangsu--gyeonggi");
  });

  it("splits back into the two place slugs, in the order written", () => {
    expect(parseTieSlug("licheng-district--gangnam-district")).toEqual(["licheng-district", "gangnam-district"]);
    expect(parseTieSlug("gangnam-district--licheng-district")).toEqual(["gangnam-district", "licheng-district"]);
  });

  it("names no tie without exactly two different places", () => {
    for (const slug of ["jiangsu", "jiangsu--", "--gyeonggi", "a--b--c", "jiangsu--jiangsu", ""]) {
      expect(parseTieSlug(slug)).toBeNull();
    }
  });

  it("never meets a place slug with the separator in it", () => {
    expect(slugify("Jeju -- Special  Self-Governing Province")).not.toContain("--");
  });

  it("is the same from either place, placeA being the one with the smaller id", () => {
    const nara = { id: "b-id", slug: "nara" };
    const yangzhou = { id: "a-id", slug: "yangzhou" };
    expect(tiePathBetween(nara, yangzhou)).toBe("/ties/yangzhou--nara");
    expect(tiePathBetween(yangzhou, nara)).toBe("/ties/yangzhou--nara");
  });
});
