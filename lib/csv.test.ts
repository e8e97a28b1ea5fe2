import { describe, expect, it } from "vitest";
import { csvResponse, escapeFormula, quoteCell, type CsvCell } from "@/lib/csv";

describe("escapeFormula", () => {
  it("makes a cell a spreadsheet would run as a formula into text", () => {
    for (const cell of ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1", "  =1+1"]) {
      expect(escapeFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
  });

  it("leaves every other cell as it is", () => {
    for (const cell of ["Jiangsu Province", "江苏省", "2024-06-19", "a=b", "Kim Dong-yeon", ""]) {
      expect(escapeFormula(cell)).toBe(cell);
    }
  });
});

describe("quoteCell", () => {
  it("quotes a cell holding a separator, a quote or a line break, doubling its quotes", () => {
    expect(quoteCell("Dodamso, Suwon")).toBe('"Dodamso, Suwon"');
    expect(quoteCell('the "Yangzhou Initiative"')).toBe('"the ""Yangzhou Initiative"""');
    expect(quoteCell("two\nlines")).toBe('"two\nlines"');
    expect(quoteCell("plain")).toBe("plain");
  });
});

// The rows as an export yields them: a batch at a time.
async function* inBatches(...batches: CsvCell[][][]) {
  yield* batches;
}

// The body as bytes, byte-order mark included (which text() would strip).
const bodyText = async (response: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

describe("csvResponse", () => {
  it("writes a byte-order mark, then rows with CRLF ends, escaped then quoted, batch after batch", async () => {
    const response = csvResponse(
      inBatches(
        [["Title", "Signed", "Count"]],
        [['=HYPERLINK("http://evil.test","Agreement, 2024")', null, 33]],
        [],
        [["Last", "2025", 1]],
      ),
      "amity-agreements.csv",
    );
    expect(await bodyText(response)).toBe(
      '\uFEFFTitle,Signed,Count\r\n"\'=HYPERLINK(""http://evil.test"",""Agreement, 2024"")",,33\r\nLast,2025,1\r\n',
    );
  });

  it("is sent as a UTF-8 CSV download", async () => {
    const response = csvResponse(inBatches([["a"]]), "amity-ties.csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="amity-ties.csv"');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]);
  });

  it("stops reading the records when the client goes away", async () => {
    let batchesRead = 0;
    async function* endless() {
      for (;;) {
        batchesRead++;
        yield [["row"]];
      }
    }
    const reader = csvResponse(endless(), "amity-ties.csv").body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const readBeforeCancel = batchesRead;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(batchesRead).toBe(readBeforeCancel);
    expect(batchesRead).toBeLessThan(5);
  });
});
