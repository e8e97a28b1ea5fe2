import { parse } from "csv-parse/sync";
import { countryCodeOf } from "@/lib/country-names";

// The twin-cities list (Wikipedia's "List of twin towns and sister cities in …" pages, as
// the Hekman/twincities project publishes them): one pair a row,
// city1,country1,lat1,lng1,city2,country2,lat2,lng2. Read here for the importer
// (lib/twin-cities-import.ts) and the benchmark's loader (scripts/bench/load.ts). Pure: no
// database, so the browser-facing checks and the tests read it the same way.

export const LIST_COLUMNS = ["city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2"] as const;

// The whole list is 1.8 MB; ten times that is a different file, and a 50 MB upload is refused
// before it is read.
export const MAX_LIST_BYTES = 10 * 1024 * 1024;

export type ListCity = { name: string; countryName: string; country: string; latitude: number | null; longitude: number | null };

// One row as the file has it: where it stands in the list's text (the quote a citation
// anchors), and its two cities; a row whose city or country cannot be told is `unreadable`.
export type ListRow = { line: number; start: number; quote: string } & (
  { a: ListCity; b: ListCity; unreadable?: undefined } | { unreadable: string }
);

export type ReadList = { ok: true; text: string; rows: ListRow[] } | { ok: false; problem: string };

type Record = { [column in (typeof LIST_COLUMNS)[number]]: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// Refuses what is not the list before anything is parsed: too large, not UTF-8 text, a web
// page saved instead of the CSV.
function decode(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.byteLength > MAX_LIST_BYTES)
    return { problem: `The file is ${megabytes(bytes.byteLength)}: a list may be at most ${megabytes(MAX_LIST_BYTES)}.` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problem: "The file is not UTF-8 text: save the list as CSV in UTF-8 and upload it again." };
  }
  // The snapshot is stored trimmed (lib/source-schema.ts), so offsets are counted in the trimmed text.
  text = text.replace(/^\uFEFF/, "").trim();
  if (/^<|<html[\s>]/i.test(text.slice(0, 1000)))
    return { problem: "This is a web page (HTML), not the list: download the list as a CSV file." };
  if (!text) return { problem: "The file is empty." };
  return { text };
}

const coordinate = (value: string) => (value.trim() === "" || Number.isNaN(Number(value)) ? null : Number(value));

function cityOf(name: string, countryName: string, lat: string, lng: string): ListCity | string {
  const trimmed = name.trim();
  if (!trimmed) return "a city has no name";
  const country = countryCodeOf(countryName);
  if (!country) return `no country is called “${countryName.trim()}”`;
  return { name: trimmed, countryName: countryName.trim(), country, latitude: coordinate(lat), longitude: coordinate(lng) };
}

function missingColumns(text: string): string[] {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const columns = header.split(",").map((column) => column.trim().toLowerCase());
  return LIST_COLUMNS.filter((column) => !columns.includes(column));
}

// Reads the list's rows with the place each stands in the text: every row is the quote of
// the tie it lists, found again where it stands (lib/quote-anchor.ts).
export function readTwinCitiesList(input: Uint8Array | string): ReadList {
  const decoded = typeof input === "string" ? decode(new TextEncoder().encode(input)) : decode(input);
  if ("problem" in decoded) return { ok: false, problem: decoded.problem };
  const { text } = decoded;
  const missing = missingColumns(text);
  if (missing.length > 0)
    return { ok: false, problem: `The list has no column ${missing.join(", ")}: its first line must be ${LIST_COLUMNS.join(",")}.` };
  let records: { record: Record; raw: string }[];
  try {
    records = parse(text, { columns: (header: string[]) => header.map((c) => c.trim().toLowerCase()), raw: true, skip_empty_lines: true });
  } catch (error) {
    return { ok: false, problem: `The list cannot be read as CSV: ${(error as Error).message}` };
  }
  if (records.length === 0) return { ok: false, problem: "The list has a header but no rows." };
  const rows: ListRow[] = [];
  // Found in order from the last row's end: the parser's raw text is the row, but its line
  // endings are not counted the same way in every file.
  let offset = text.search(/\n/) + 1;
  records.forEach(({ record, raw }, index) => {
    const quote = raw.trim();
    const start = text.indexOf(quote, offset);
    offset = start + quote.length;
    const line = index + 2;
    const a = cityOf(record.city1, record.country1, record.lat1, record.lng1);
    const b = cityOf(record.city2, record.country2, record.lat2, record.lng2);
    if (typeof a === "string" || typeof b === "string")
      rows.push({ line, start, quote, unreadable: typeof a === "string" ? a : (b as string) });
    else rows.push({ line, start, quote, a, b });
  });
  return { ok: true, text, rows };
}

// How a city of the list is told apart from every other: its name and country as written.
export const cityKeyOf = (city: Pick<ListCity, "name" | "country">) => `${city.country}|${city.name}`;
