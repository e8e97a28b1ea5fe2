import { describe, expect, it } from "vitest";
import { createFootnotes, type CitationView } from "@/lib/footnotes";

const source = (id: string) => ({ id, title: `Source ${id}`, publisher: null, publishedOn: null, url: null, lang: null });

function citation(id: string, recordId: string, field: string, assertedValue: string | null, sourceId = "s1"): CitationView {
  return {
    id,
    recordType: "AGREEMENT",
    recordId,
    field,
    quote: `quote ${id}`,
    assertedValue,
    rank: "NORMAL",
    rankReason: null,
    orphanedAt: null,
    source: source(sourceId),
  };
}

describe("createFootnotes", () => {
  it("numbers citations in the order the page shows its facts", () => {
    const notes = createFootnotes([citation("c1", "a", "signedOn", null), citation("c2", "a", "exists", null)]);
    expect(notes.claim("AGREEMENT", "a", "exists").footnotes.map((f) => f.number)).toEqual([1]);
    expect(notes.claim("AGREEMENT", "a", "signedOn").footnotes.map((f) => f.number)).toEqual([2]);
    expect(notes.list().map((f) => f.id)).toEqual(["c2", "c1"]);
  });

  it("keeps a citation's number when the same claim is shown twice", () => {
    const notes = createFootnotes([citation("c1", "a", "exists", null)]);
    notes.claim("AGREEMENT", "a", "exists");
    expect(notes.claim("AGREEMENT", "a", "exists").footnotes[0].number).toBe(1);
    expect(notes.list()).toHaveLength(1);
  });

  it("marks a claim disputed when its sources assert different values", () => {
    const notes = createFootnotes([
      citation("c1", "a", "signedOn", "2024-05-19", "s1"),
      citation("c2", "a", "signedOn", "2024-06-19", "s2"),
    ]);
    const claim = notes.claim("AGREEMENT", "a", "signedOn");
    expect(claim.isDisputed).toBe(true);
    expect(claim.values).toEqual(["2024-05-19", "2024-06-19"]);
    expect(notes.sources().map((s) => s.id)).toEqual(["s1", "s2"]);
  });

  it("settles a dispute once the other value is deprecated, and still lists it", () => {
    const deprecated = { ...citation("c2", "a", "signedOn", "2024-06-19", "s2"), rank: "DEPRECATED" as const };
    const notes = createFootnotes([citation("c1", "a", "signedOn", "2024-05-19"), deprecated]);
    const claim = notes.claim("AGREEMENT", "a", "signedOn");
    expect(claim.isDisputed).toBe(false);
    expect(claim.footnotes).toHaveLength(2);
  });

  it("does not mark a claim disputed when a vaguer date agrees with a precise one", () => {
    const notes = createFootnotes([citation("c1", "a", "signedOn", "2010", "s1"), citation("c2", "a", "signedOn", "2010-05-23", "s2")]);
    expect(notes.claim("AGREEMENT", "a", "signedOn")).toMatchObject({ isDisputed: false, values: ["2010-05-23"] });
  });

  it("names the records a link's values refer to", () => {
    const venue = { ...citation("c1", "a", "venuePlaceId", "gyeonggi"), valueName: "Gyeonggi Province" };
    expect(createFootnotes([venue]).claim("AGREEMENT", "a", "venuePlaceId").valueNames).toEqual({ gyeonggi: "Gyeonggi Province" });
  });
});
