import { describe, expect, it } from "vitest";
import { csvResponse, escapeFormula, quoteCell, toCsv } from "@/lib/csv";

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

describe("toCsv", () => {
  it("writes a byte-order mark, then rows with CRLF ends, escaped then quoted", () => {
    const csv = toCsv([
      ["Title", "Signed", "Count"],
      ['=HYPERLINK("http://evil.test","Agreement, 2024")', null, 33],
    ]);
    expect(csv).toBe('\uFEFFTitle,Signed,Count\r\n"\'=HYPERLINK(""http://evil.test"",""Agreement, 2024"")",,33\r\n');
  });

  it("is sent as a UTF-8 CSV download", async () => {
    const response = csvResponse([["a"]], "amity-ties.csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="amity-ties.csv"');
    // The body starts with UTF-8's byte-order mark (which text() would strip).
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]);
  });
});
