import { describe, expect, it } from "vitest";
import { changedFields, diffContent } from "@/lib/record-diff";

describe("diffContent", () => {
  it("marks exactly the fields that changed", () => {
    const diff = diffContent(
      { name: "Yangzhou", level: "CITY", latitude: null },
      { name: "Yangzhou", level: "PREFECTURE_LEVEL_CITY", latitude: 32.4 },
    );
    expect(changedFields(diff)).toEqual(["level", "latitude"]);
  });

  it("lists added and removed entries of a list instead of a changed list", () => {
    const before = {
      names: [
        { text: "扬州市", lang: "zh-Hans" },
        { text: "Yangchow", lang: "en" },
      ],
    };
    const after = {
      names: [
        { text: "扬州市", lang: "zh-Hans" },
        { text: "揚州市", lang: "zh-Hant" },
      ],
    };
    const [names] = diffContent(before, after);
    expect(names.added).toEqual([{ text: "揚州市", lang: "zh-Hant" }]);
    expect(names.removed).toEqual([{ text: "Yangchow", lang: "en" }]);
  });

  it("shows every field of a new record as added", () => {
    const diff = diffContent(null, { name: "Nara", names: [{ text: "奈良市" }] });
    expect(changedFields(diff)).toEqual(["name", "names"]);
    expect(diff[1].added).toEqual([{ text: "奈良市" }]);
  });

  it("finds nothing to review when nothing changed", () => {
    expect(changedFields(diffContent({ a: [1, 2], b: "x" }, { a: [1, 2], b: "x" }))).toEqual([]);
  });
});
