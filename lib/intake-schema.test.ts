import { describe, expect, it } from "vitest";
import { intakeDelegationSchema } from "@/lib/intake-schema";

// A visit as the analysis drafts it, kept, with no date found in the article.
const undated = {
  action: "create",
  title: "Weihai delegation to Incheon",
  leader: "e0",
  from: "e1",
  members: [],
  stops: [],
  startOn: "",
  endOn: "",
  notation: "",
  inferredReason: "",
  evidence: { quote: "Mayor Li led a delegation from Weihai", start: 0 },
  dateEvidence: { quote: "", start: null },
  stopsEvidence: { quote: "", start: null },
};

describe("a visit's dates in the intake", () => {
  it("may be left empty where the article gives none", () => {
    expect(intakeDelegationSchema.safeParse(undated).success).toBe(true);
  });

  it("typed where no passage gives them, start or end, say how to add them instead", () => {
    for (const typed of [{ startOn: "2025-03" }, { endOn: "2025-03-04" }]) {
      const result = intakeDelegationSchema.safeParse({ ...undated, ...typed });
      expect(result.error?.issues).toEqual([
        expect.objectContaining({
          path: ["dateEvidence", "quote"],
          message: "No passage of this article gives a date: clear it here, and add it on the record's own form with its source",
        }),
      ]);
    }
  });
});
