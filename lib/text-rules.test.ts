import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { findHiddenCharacter, plainText } from "@/lib/text-rules";
import { placeSchema, emptyPlace } from "@/lib/place-schema";
import { emptySource, sourceSchema } from "@/lib/source-schema";
import { tieEventSchema } from "@/lib/tie-event-schema";
import { citationSchema } from "@/lib/citation-schema";
import { emptyNewUser, newUserSchema } from "@/lib/user-schema";
import { personSchema } from "@/lib/person-schema";
import { organisationSchema } from "@/lib/organisation-schema";
import { positionRowFields } from "@/lib/position-schema";
import { claimCitationSchema } from "@/lib/claim-citation-schema";
import { settlementSchema } from "@/lib/dispute-schema";

const RLO = "\u202e"; // right-to-left override: "Nara\u202Egnahz" displays as "Narazhang"

describe("findHiddenCharacter", () => {
  it("finds controls and text-direction characters, and names them by code point", () => {
    const cases: [string, string][] = [
      [`Yang${RLO}zhou`, "U+202E"],
      ["Yang\u202azhou", "U+202A"],
      ["Yang\u2066zhou\u2069", "U+2066"],
      ["Yang\u2069zhou", "U+2069"],
      ["Yang\u0000zhou", "U+0000"],
      ["Yang\tzhou", "U+0009"],
      ["Yang\u001bzhou", "U+001B"],
      ["Yang\u007fzhou", "U+007F"],
      ["Yang\u0085zhou", "U+0085"],
      ["Yang\u009fzhou", "U+009F"],
    ];
    for (const [text, found] of cases) expect(findHiddenCharacter(text), JSON.stringify(text)).toBe(found);
  });

  it("leaves every script, accents and ordinary punctuation alone", () => {
    for (const text of ["揚州市", "奈良県", "경주시", "Kyōto-fu", "Île-de-France", "“Sister” city · 2024–25", "مدينة"]) {
      expect(findHiddenCharacter(text), text).toBeNull();
    }
  });

  it("lets a multi-line text break lines, and nothing else", () => {
    expect(findHiddenCharacter("One.\nTwo.", { multiline: true })).toBeNull();
    expect(findHiddenCharacter("One.\r\nTwo.", { multiline: true })).toBeNull();
    expect(findHiddenCharacter("One.\nTwo.")).toBe("U+000A");
    expect(findHiddenCharacter(`One.\nT${RLO}wo.`, { multiline: true })).toBe("U+202E");
    expect(findHiddenCharacter("One.\u0007", { multiline: true })).toBe("U+0007");
  });
});

describe("plainText", () => {
  it("trims, keeps chained limits, and refuses a hidden character with a field message", () => {
    const name = plainText().min(2, "Too short");
    expect(name.parse("  Nara  ")).toBe("Nara");
    expect(name.safeParse(" N ").error?.issues[0].message).toBe("Too short");
    expect(name.safeParse(`Na${RLO}ra`).error?.issues[0].message).toBe(
      "Remove the hidden character U+202E: control and text-direction characters are not allowed",
    );
  });
});

const messages = (result: z.ZodSafeParseResult<unknown>) => result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
const hidden = (path: string) => expect.stringMatching(new RegExp(`^${path}: Remove the hidden character U\\+`));

describe("the schemas of names, titles and notes", () => {
  it("place: name, names and summary", () => {
    const place = {
      ...emptyPlace(),
      name: "Nara",
      names: [{ ...emptyPlace().names[0], text: "奈良" }],
      summary: "Ancient capital.\nSister city of Xi'an.",
    };
    expect(placeSchema.safeParse(place).success).toBe(true);
    const tampered = {
      ...place,
      name: `Na${RLO}ra`,
      names: [{ ...place.names[0], text: "奈\u0000良" }],
      summary: `Ancient${RLO} capital.`,
    };
    expect(messages(placeSchema.safeParse(tampered))).toEqual([hidden("name"), hidden("names.0.text"), hidden("summary")]);
  });

  it("source: title and publisher; the address only over http or https", () => {
    const source = {
      ...emptySource,
      url: "https://www.city.nara.lg.jp/",
      title: "Sister cities",
      snapshot: "Nara has had sister cities since 1960.",
    };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: "http://example.org/page" }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: "" }).success).toBe(true);
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "ftp://example.org/x",
      "vbscript:x",
    ]) {
      expect(messages(sourceSchema.safeParse({ ...source, url })), url).toEqual([
        "url: Enter the full address, starting with https:// or http://",
      ]);
    }
    expect(messages(sourceSchema.safeParse({ ...source, title: `Sister ${RLO}cities`, publisher: "City\u0007" }))).toEqual([
      hidden("title"),
      hidden("publisher"),
    ]);
  });

  it("tie event: the source's term and the note", () => {
    const event = {
      tieId: "t1",
      type: "ESTABLISHED",
      kind: "SISTER",
      term: "友好都市",
      occurredOn: "1974",
      note: "Signed in Nara.\nRenewed in 2004.",
    };
    expect(tieEventSchema.safeParse(event).success).toBe(true);
    expect(messages(tieEventSchema.safeParse({ ...event, term: `友好${RLO}都市`, note: "Signed\u2067 in Nara." }))).toEqual([
      hidden("term"),
      hidden("note"),
    ]);
  });

  it("citation: the asserted value and the rank's reason, but never the quote, which is the source's own text", () => {
    const citation = {
      recordType: "TIE_EVENT",
      recordId: "e1",
      field: "occurredOn",
      sourceId: "s1",
      quote: `as printed:\tsigned ${RLO}1974`,
      prefix: "",
      suffix: "",
      startOffset: null,
      assertedValue: "1974",
      rank: "DEPRECATED",
      rankReason: "A later report.\nIt gives 1975.",
    };
    expect(citationSchema.safeParse(citation).success).toBe(true);
    expect(messages(citationSchema.safeParse({ ...citation, assertedValue: `19${RLO}74`, rankReason: "Later\u0000" }))).toEqual([
      hidden("assertedValue"),
      hidden("rankReason"),
    ]);
  });

  it("user: the person's name", () => {
    const user = { ...emptyNewUser, name: "Kim Min-jun", email: "kim@example.org", password: "a long enough password" };
    expect(newUserSchema.safeParse(user).success).toBe(true);
    expect(messages(newUserSchema.safeParse({ ...user, name: `Kim${RLO} Min-jun` }))).toEqual([hidden("name")]);
  });

  it("person, organisation and position: names, summaries and titles", () => {
    for (const field of [personSchema.shape.name, organisationSchema.shape.name, positionRowFields.shape.title]) {
      expect(field.safeParse("Governor of Nara").success).toBe(true);
      expect(field.safeParse(`Governor ${RLO}of Nara`).success).toBe(false);
    }
    for (const field of [personSchema.shape.summary, organisationSchema.shape.summary]) {
      expect(field.safeParse("Line one.\nLine two.").success).toBe(true);
      expect(field.safeParse("Line one.\u0000").success).toBe(false);
    }
  });

  it("a claim's asserted value and a settled dispute's reason, which becomes the citations' rank reason", () => {
    expect(claimCitationSchema.safeParse({ sourceId: "", quote: "", startOffset: null, assertedValue: `19${RLO}74` }).success).toBe(false);
    expect(settlementSchema.shape.reason.safeParse("A later report.\nIt gives 1975.").success).toBe(true);
    expect(settlementSchema.shape.reason.safeParse(`A later ${RLO}report.`).success).toBe(false);
  });
});
