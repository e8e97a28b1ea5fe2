import { describe, expect, it } from "vitest";
import { datePrecision, formatPartialDate, isPartialDate, optionalPartialDate, partialDateSchema } from "@/lib/partial-date";

describe("partial dates", () => {
  it("accepts a year, a month or a day", () => {
    expect(["2007", "2024-06", "2024-06-19", "2024-02-29"].every(isPartialDate)).toBe(true);
  });

  it("rejects impossible or malformed dates", () => {
    for (const value of ["07", "2024-13", "2024-6", "2023-02-29", "2024-06-31", "19 June 2024", ""]) {
      expect(isPartialDate(value), value).toBe(false);
    }
  });

  it("keeps the precision the source gave", () => {
    expect(datePrecision("2007")).toBe("year");
    expect(datePrecision("2024-06")).toBe("month");
    expect(datePrecision("2024-06-19")).toBe("day");
  });

  it("formats each precision for readers", () => {
    expect(formatPartialDate("2007")).toBe("2007");
    expect(formatPartialDate("2024-06")).toBe("June 2024");
    expect(formatPartialDate("2024-06-19")).toBe("19 June 2024");
    expect(formatPartialDate(null)).toBe("");
  });

  it("sorts chronologically as text", () => {
    expect(["2024-06-19", "2007", "2024-06", "2011"].sort()).toEqual(["2007", "2011", "2024-06", "2024-06-19"]);
  });

  it("explains the format when validation fails", () => {
    const result = partialDateSchema.safeParse("June 2024");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/YYYY-MM-DD/);
  });

  it("says a day the calendar lacks is missing, not that the form is wrong", () => {
    const signedOn = optionalPartialDate();
    expect(signedOn.safeParse("2024-02-30").error?.issues[0].message).toBe("There is no 30 February 2024");
    expect(signedOn.safeParse("2023-02-29").error?.issues[0].message).toBe("There is no 29 February 2023");
    expect(signedOn.safeParse("2023-07-32").error?.issues[0].message).toBe("There is no 32 July 2023");
    expect(signedOn.safeParse("2023-07-00").error?.issues[0].message).toBe("Use YYYY, YYYY-MM or YYYY-MM-DD");
    expect(signedOn.safeParse("2023-13-01").error?.issues[0].message).toBe("Use YYYY, YYYY-MM or YYYY-MM-DD");
    expect(signedOn.safeParse("30/02/2024").error?.issues[0].message).toBe("Use YYYY, YYYY-MM or YYYY-MM-DD");
    expect(signedOn.safeParse(" 2024-02-29 ").data).toBe("2024-02-29");
    expect(signedOn.safeParse("").success).toBe(true);
  });
});
