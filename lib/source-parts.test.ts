import { describe, expect, it } from "vitest";
import { partCount, passagePath } from "@/lib/source-parts";

describe("where a quote is read", () => {
  it("is the source's own address for a quote in its first part, or quoted from nowhere in it", () => {
    expect(passagePath("s1", { id: "c1", startOffset: 9_999 })).toBe("/sources/s1#quote-c1");
    expect(passagePath("s1", { id: "c1", startOffset: null })).toBe("/sources/s1#quote-c1");
  });

  it("is the part a later quote begins in, numbered from one", () => {
    expect(passagePath("s1", { id: "c2", startOffset: 10_000 })).toBe("/sources/s1/parts/2#quote-c2");
    expect(passagePath("s1", { id: "c3", startOffset: 1_777_000 })).toBe("/sources/s1/parts/178#quote-c3");
  });

  it("counts an article's text as one part, and an empty one too", () => {
    expect([partCount(0), partCount(8_000), partCount(10_000), partCount(10_001)]).toEqual([1, 1, 1, 2]);
  });
});
