import { describe, expect, it } from "vitest";
import { directoryFiltersSchema, SEARCH_LIMIT } from "@/lib/place-directory";

describe("the directory's search", () => {
  it("cuts a search longer than the limit to it rather than dropping it", () => {
    const typed = `Jiangsu ${"x".repeat(SEARCH_LIMIT)}`;
    expect(directoryFiltersSchema.parse({ q: typed }).q).toBe(typed.slice(0, SEARCH_LIMIT));
  });

  it("counts characters, so a name outside the basic plane is not split in half", () => {
    const typed = "𠮷".repeat(SEARCH_LIMIT + 1);
    expect(directoryFiltersSchema.parse({ q: typed }).q).toBe("𠮷".repeat(SEARCH_LIMIT));
  });

  it("keeps a search within the limit as typed, less its surrounding spaces", () => {
    expect(directoryFiltersSchema.parse({ q: "  Suzhou " }).q).toBe("Suzhou");
  });

  it("takes an empty search as no search", () => {
    expect(directoryFiltersSchema.parse({ q: "   " }).q).toBeUndefined();
  });
});
