import { describe, expect, it } from "vitest";
import { mergeThreeWay } from "@/lib/change-rebase";

const base = { name: "Sendai", summary: "", latitude: null, names: [{ text: "仙台市", lang: "ja" }] };

describe("mergeThreeWay", () => {
  it("takes the author's changed fields and the published value of every other", () => {
    const current = { ...base, latitude: 38.27 };
    const proposed = { ...base, summary: "Capital of Miyagi" };
    expect(mergeThreeWay(base, current, proposed)).toEqual({
      content: { ...base, latitude: 38.27, summary: "Capital of Miyagi" },
      conflicts: [],
    });
  });

  it("keeps the author's value where both changed a field differently, and names it; the same change is no conflict", () => {
    const current = { ...base, summary: "City in Tohoku", names: [{ text: "仙台", lang: "ja" }] };
    const proposed = { ...base, summary: "Capital of Miyagi", names: [{ text: "仙台", lang: "ja" }] };
    const merged = mergeThreeWay(base, current, proposed);
    expect(merged.content).toMatchObject({ summary: "Capital of Miyagi", names: [{ text: "仙台", lang: "ja" }] });
    expect(merged.conflicts).toEqual(["summary"]);
  });

  it("without the base version, keeps the proposal and reports every field it differs from the published one in", () => {
    const current = { ...base, latitude: 38.27 };
    const proposed = { ...base, summary: "Capital of Miyagi" };
    expect(mergeThreeWay(null, current, proposed)).toEqual({ content: proposed, conflicts: ["summary", "latitude"] });
  });
});
