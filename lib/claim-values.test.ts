import { describe, expect, it } from "vitest";
import { distinctValues, formatClaimValue, isDisputed, valuesDiffer } from "@/lib/claim-values";

describe("whether two sources' values differ", () => {
  it("compares dates at the precision of the vaguer one", () => {
    expect(valuesDiffer("2010", "2010-05-23")).toBe(false);
    expect(valuesDiffer("2010-05-23", "2010")).toBe(false);
    expect(valuesDiffer("2024-06", "2024-06-19")).toBe(false);
    expect(valuesDiffer("2024-05-19", "2024-06-19")).toBe(true);
    expect(valuesDiffer("2024-05", "2024-06-19")).toBe(true);
    expect(valuesDiffer("2010", "2011-05-23")).toBe(true);
    expect(valuesDiffer("2024-06-19", "2024-06-19")).toBe(false);
  });

  it("compares anything else exactly, a date-like prefix included", () => {
    expect(valuesDiffer("SISTER", "SISTER")).toBe(false);
    expect(valuesDiffer("SISTER", "FRIENDSHIP")).toBe(true);
    expect(valuesDiffer("33", "330")).toBe(true);
    expect(valuesDiffer("2010", "2010 or so")).toBe(true);
  });
});

describe("a claim's values", () => {
  it("keeps the values that tell sources apart, dropping vaguer ones a precise one agrees with", () => {
    expect(distinctValues(["2024", "2024-05-19", null, "2024-06-19", "2024-05-19"])).toEqual(["2024-05-19", "2024-06-19"]);
    expect(distinctValues(["2010", "2010-05-23", ""])).toEqual(["2010-05-23"]);
  });

  it("is disputed only when two values differ", () => {
    expect(isDisputed(["2010", "2010-05-23"])).toBe(false);
    expect(isDisputed(["2024-05-19", "2024-06-19"])).toBe(true);
    expect(isDisputed(["2024", "2024-05-19", "2024-06-19"])).toBe(true);
    expect(isDisputed(["SISTER", "SISTER", null])).toBe(false);
    expect(isDisputed([])).toBe(false);
  });
});

describe("a value as readers see it", () => {
  it("reads dates in words, kinds by label and records by name", () => {
    const signedOn = { recordType: "AGREEMENT" as const, field: "signedOn" };
    expect(formatClaimValue("2024-06-19", signedOn)).toBe("19 June 2024");
    expect(formatClaimValue("SISTERHOOD_AGREEMENT", { recordType: "AGREEMENT", field: "kind" })).toBe("Sisterhood agreement");
    expect(formatClaimValue("gyeonggi", { recordType: "AGREEMENT", field: "venuePlaceId" }, { gyeonggi: "Gyeonggi Province" })).toBe(
      "Gyeonggi Province",
    );
    expect(formatClaimValue("Dodamso", { recordType: "AGREEMENT", field: "venue" })).toBe("Dodamso");
  });
});
