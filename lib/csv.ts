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

// Rows with CRLF line ends.
const csvLines = (rows: CsvCell[][]) => rows.map((row) => row.map((cell) => quoteCell(cellText(cell))).join(",") + "\r\n").join("");

// The file's text a batch of rows at a time, after a byte-order mark so that Excel reads
// UTF-8 (and so the native-script names) rather than the system's legacy code page.
async function* csvText(batches: AsyncIterable<CsvCell[][]>) {
  yield "\uFEFF";
  for await (const rows of batches) yield csvLines(rows);
}

// A download of the rows as `filename`, which a spreadsheet opens directly. Each batch is
// read when the client has taken the last (a pull stream), so a whole export is never held
// in memory; a client that goes away stops the reading.
export function csvResponse(batches: AsyncIterable<CsvCell[][]>, filename: string) {
  const text = csvText(batches);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await text.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await text.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}
