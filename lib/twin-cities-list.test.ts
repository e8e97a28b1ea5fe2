import { describe, expect, it } from "vitest";
import { MAX_LIST_BYTES, readTwinCitiesList } from "@/lib/twin-cities-list";
import { pairKey, planTies, type CityMatch } from "@/lib/twin-cities-plan";
import { BATCH_ITEMS, planBatches } from "@/lib/twin-cities-batches";

const HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2";
const list = (...rows: string[]) => [HEADER, ...rows].join("\n");

function read(text: string) {
  const result = readTwinCitiesList(text);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

describe("reading the list", () => {
  it("gives each row with the place it stands in the text, so the row can be quoted", () => {
    const text = `\uFEFF${HEADER}\r\nSuwon,South Korea,37.26,127.02,Asahikawa,Japan,43.77,142.36\r\n"Córdoba, Bolívar",Colombia,,,Jinan,China,36.67,117.0\r\n`;
    const { text: stored, rows } = read(text);
    for (const row of rows) expect(stored.slice(row.start, row.start + row.quote.length)).toBe(row.quote);
    expect(rows[0]).toMatchObject({
      line: 2,
      a: { name: "Suwon", country: "KR" },
      b: { name: "Asahikawa", country: "JP", latitude: 43.77 },
    });
    expect(rows[1]).toMatchObject({ a: { name: "Córdoba, Bolívar", country: "CO", latitude: null } });
  });

  it("reports a row whose country cannot be told, and reads the rest", () => {
    const { rows } = read(list("Kartal,Turkey,1,1,Agios Amvrosios,Northern Cyprus,1,1", "Berat,Albania,1,1,Fermo,Italy,1,1"));
    expect(rows[0].unreadable).toMatch(/Northern Cyprus/);
    expect(rows[1].unreadable).toBeUndefined();
  });

  it.each([
    ["missing columns", "city1,country1,city2\nA,Japan,B", /no column lat1, lng1, country2, lat2, lng2/],
    ["a web page", "<!DOCTYPE html><html><body>List</body></html>", /web page \(HTML\)/],
    ["no rows", HEADER, /no rows/],
    ["an empty file", "   ", /empty/],
  ])("refuses %s with a clear message", (_case, text, message) => {
    const result = readTwinCitiesList(text);
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(message) });
  });

  it("refuses text that is not UTF-8, and a file over the size limit, before reading it", () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nK`), 0xf6, 0x6c, 0x6e]);
    expect(readTwinCitiesList(latin1)).toEqual({ ok: false, problem: expect.stringMatching(/not UTF-8/) });
    expect(readTwinCitiesList(new Uint8Array(MAX_LIST_BYTES + 1))).toEqual({
      ok: false,
      problem: expect.stringMatching(/at most 10\.0 MB/),
    });
  });
});

const NEW: CityMatch = { kind: "new" };

describe("pairing the rows into ties", () => {
  const { rows } = read(
    list(
      "Suwon,South Korea,1,1,Asahikawa,Japan,2,2",
      "Asahikawa,Japan,2,2,Suwon,South Korea,1,1",
      "Suwon,South Korea,1,1,Asahikawa,Japan,2,2",
      "Jinan,China,3,3,Jinan,China,3,3",
      "Jinan,China,3,3,Suwon,South Korea,1,1",
      "Seoul – Gangnam,South Korea,4,4,Jinan,China,3,3",
    ),
  );
  const matches = new Map<string, CityMatch>([
    ["KR|Suwon", { kind: "found", ref: "place-suwon" }],
    ["JP|Asahikawa", NEW],
    ["CN|Jinan", NEW],
    ["KR|Seoul – Gangnam", { kind: "ambiguous", reason: "qualifier", candidates: [] }],
  ]);

  it("makes one tie of a pair listed from both sides, citing both rows; reports a repeated row and a self-pair", () => {
    const plan = planTies({ rows, matches, resolutions: new Map(), knownPairs: new Set() });
    expect(plan.ties).toHaveLength(2);
    expect(plan.ties[0].rows.map((row) => row.quote)).toEqual([rows[0].quote, rows[1].quote]);
    expect(plan.duplicates.map((row) => row.line)).toEqual([4]);
    expect(plan.selfPairs.map((row) => row.line)).toEqual([5]);
    expect(plan.skipped.map((row) => row.line)).toEqual([7]);
    expect(plan).toMatchObject({ reusedPlaces: 1, newPlaces: 2 });
  });

  it("proposes a resolved place's ties, and none already recorded", () => {
    const resolutions = new Map([["KR|Seoul – Gangnam", { kind: "pick" as const, ref: "place-gangnam" }]]);
    const plan = planTies({ rows, matches, resolutions, knownPairs: new Set([pairKey("place-suwon", "new:CN|Jinan")]) });
    expect(plan.alreadyRecorded).toBe(1);
    expect(plan.ties.map((tie) => tie.ends)).toEqual([
      [{ ref: "place-suwon" }, { city: expect.objectContaining({ name: "Asahikawa" }) }],
      [{ ref: "place-gangnam" }, { city: expect.objectContaining({ name: "Jinan" }) }],
    ]);
  });
});

describe("batches", () => {
  const cities = Array.from({ length: 400 }, (_, i) => `Town ${i},Japan,1,1,Partner ${i % 7},France,2,2`);
  const { text, rows } = read(list(...cities, "Suwon,South Korea,1,1,Partner 1,France,2,2"));
  const matches = new Map<string, CityMatch>(
    rows.flatMap((r) => (r.unreadable === undefined ? [r.a, r.b] : [])).map((c) => [`${c.country}|${c.name}`, NEW]),
  );
  const plan = planTies({ rows, matches, resolutions: new Map(), knownPairs: new Set() });
  let id = 0;
  const batches = planBatches({
    ties: plan.ties,
    sourceRef: "item:list",
    text,
    asOf: "2026-11-26",
    countryName: (c) => c,
    newId: () => `id${id++}`,
  });

  it("hold at most 500 items, a country pair's ties together, and each new place proposed once", () => {
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.items.length).toBeLessThanOrEqual(BATCH_ITEMS);
    expect(batches.at(-1)?.countryPairs).toEqual(["FR|JP", "FR|KR"]);
    const places = batches.flatMap((b) => b.items).filter((item) => item.recordType === "PLACE");
    expect(places).toHaveLength(408);
  });

  it("point at a place an earlier batch proposes through its item, and cite each tie's row", () => {
    const [tie] = batches.at(-1)!.items.filter((item) => item.recordType === "TIE");
    expect(tie.payload).toMatchObject({ placeBId: expect.stringMatching(/^item:id/) });
    const citation = batches[0].items.find(
      (item) => item.recordType === "CITATION" && (item.payload as { recordType: string }).recordType === "TIE",
    );
    expect(citation?.payload).toMatchObject({ sourceId: "item:list", field: "exists", quote: rows[0].quote, startOffset: rows[0].start });
    const event = batches[0].items.find((item) => item.recordType === "TIE_EVENT");
    expect(event?.payload).toMatchObject({ type: "LISTED", kind: null, occurredOn: "", note: expect.stringContaining("as of 2026-11-26") });
  });
});
