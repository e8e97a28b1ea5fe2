// CSV as RFC 4180 writes it, safe to open in a spreadsheet. No CSV library is installed, and
// writing is all the exports need.

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection",
// OWASP): "=HYPERLINK(...)" in a title an editor pasted would become a live link. Leading
// spaces do not stop some spreadsheets, so they are looked past.
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

// The cell as text a spreadsheet shows and never evaluates: a leading apostrophe, which
// spreadsheets read as "text follows".
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// Quoted when it holds a separator, a quote or a line break; quotes doubled inside.
export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export type CsvCell = string | number | null | undefined;

const cellText = (cell: CsvCell) =>
  cell === null || cell === undefined ? "" : typeof cell === "number" ? String(cell) : escapeFormula(cell);

// Rows with CRLF line ends, after a byte-order mark so that Excel reads UTF-8 (and so the
// native-script names) rather than the system's legacy code page.
export function toCsv(rows: CsvCell[][]): string {
  return "\uFEFF" + rows.map((row) => row.map((cell) => quoteCell(cellText(cell))).join(",")).join("\r\n") + "\r\n";
}

// A download of `rows` as `filename`, which a spreadsheet opens directly.
export function csvResponse(rows: CsvCell[][], filename: string) {
  return new Response(toCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}
