import { describe, expect, it } from "vitest";
import { deriveTieState, orderTiePair } from "@/lib/tie-timeline";

describe("orderTiePair", () => {
  it("stores a pair the same way whichever place comes first", () => {
    expect(orderTiePair("b", "a")).toEqual(["a", "b"]);
    expect(orderTiePair("a", "b")).toEqual(["a", "b"]);
  });

  it("refuses a tie of a place with itself", () => {
    expect(() => orderTiePair("a", "a")).toThrow();
  });
});

describe("deriveTieState", () => {
  it("keeps the first establishment as 'since' and the latest kind after an upgrade", () => {
    const state = deriveTieState([
      { type: "UPGRADE", kind: "SISTER", occurredOn: "2024-06-19" },
      { type: "ESTABLISHED", kind: "FRIENDSHIP_EXCHANGE", occurredOn: "2011" },
    ]);
    expect(state).toEqual({ kind: "SISTER", status: "ACTIVE", establishedOn: "2011" });
  });

  it("dates a tie from its formal signing, not the memorandum before it", () => {
    const state = deriveTieState([
      { type: "MEMORANDUM", kind: null, occurredOn: "2010-02-20" },
      { type: "ESTABLISHED", kind: "FRIENDSHIP", occurredOn: "2010-05-23" },
    ]);
    expect(state.establishedOn).toBe("2010-05-23");
  });

  it("is only proposed while there is nothing but a letter of intent", () => {
    expect(deriveTieState([{ type: "LETTER_OF_INTENT", kind: null, occurredOn: "2020" }]).status).toBe("PROPOSED");
  });

  it("follows suspension, resumption and end", () => {
    const established = { type: "ESTABLISHED" as const, kind: "SISTER" as const, occurredOn: "1990" };
    expect(deriveTieState([established, { type: "SUSPENSION", kind: null, occurredOn: "2012" }]).status).toBe("SUSPENDED");
    expect(
      deriveTieState([
        established,
        { type: "SUSPENSION", kind: null, occurredOn: "2012" },
        { type: "RESUMPTION", kind: null, occurredOn: "2015" },
      ]).status,
    ).toBe("ACTIVE");
    expect(deriveTieState([established, { type: "END", kind: null, occurredOn: "2020" }]).status).toBe("ENDED");
  });
});
