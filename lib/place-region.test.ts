import { describe, expect, it } from "vitest";
import { regionOf } from "@/lib/place-region";

describe("regionOf", () => {
  it("leaves out a parent that is the country, which the page names already", () => {
    expect(regionOf({ name: "China", level: "COUNTRY" })).toBeNull();
  });

  it("keeps a parent that is a region of the country", () => {
    const jiangsu = { name: "Jiangsu Province", level: "PROVINCE" } as const;
    expect(regionOf(jiangsu)).toBe(jiangsu);
  });

  it("has nothing to name for a place without a parent", () => {
    expect(regionOf(null)).toBeNull();
  });
});
