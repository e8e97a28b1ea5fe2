import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { CitationView } from "@/lib/footnotes";
import { findProfileCitations, type ClaimedRecords } from "@/lib/profile-citations";
import { readCitations } from "@/lib/profile-json";
import { RECORD_TYPE_LABELS } from "@/lib/claim-pages";
import { claimLabelOf } from "@/lib/record-kinds";
import type { CsvCell } from "@/lib/csv";

// What the spreadsheet exports of ties, agreements and delegations share (CLAIR's and GAOK's
// directories offer one; ours says on whose word): one row per published record, the values
// its page shows, and a last column with every citation of the record and its parts.

export const nameOnly = { select: { name: true } } as const;
export const list = (values: (string | null | undefined)[]) => values.filter(Boolean).join("; ");
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

// "Delegation stop · That it exists: “the first stop was Nara” — Jiangsu news <https://…>",
// one per citation, the claim in the words the pages use.
export function citationsCell(citations: CitationView[], ownType: RecordType) {
  return citations
    .map((c) => {
      const part = c.recordType === ownType ? "" : `${RECORD_TYPE_LABELS[c.recordType]} · `;
      const url = c.source.url ? ` <${c.source.url}>` : "";
      return oneLine(`${part}${claimLabelOf(c.recordType, c.field)}: “${c.quote}” — ${c.source.title}${url}`);
    })
    .join(" | ");
}

// Every citation of the given records in one query, gathered by the record they belong to
// (`ownerOf` maps a part's citation to its record), and a reader for the values shown.
export async function citationsByRecord(records: ClaimedRecords[], ownerOf: (citation: CitationView) => string | undefined) {
  const citations = await findProfileCitations(records);
  const byOwner = new Map<string, CitationView[]>();
  for (const citation of citations) {
    const owner = ownerOf(citation);
    if (owner) byOwner.set(owner, (byOwner.get(owner) ?? []).concat(citation));
  }
  return { cited: readCitations(citations), of: (id: string) => byOwner.get(id) ?? [] };
}

export const ownerIndex = (pairs: [string, string][]) => new Map(pairs);

// Records are read this many at a time: the twin-cities list alone is twenty-five thousand
// ties, whose ids in one query would pass SQLite's limit of bound parameters, and whose rows
// and citations at once would hold the whole file in the server's memory.
export const EXPORT_BATCH = 500;

// What one export describes: its header, its records' ids in the file's order (one light
// query), and the rows of a run of those ids, in the same order.
export type ExportShape = { header: string[]; ids: () => Promise<string[]>; rows: (ids: string[]) => Promise<CsvCell[][]> };

// The header, then the rows a batch at a time, for csvResponse to stream.
export async function* exportRows({ header, ids, rows }: ExportShape): AsyncGenerator<CsvCell[][]> {
  yield [header];
  const all = await ids();
  for (let i = 0; i < all.length; i += EXPORT_BATCH) yield await rows(all.slice(i, i + EXPORT_BATCH));
}
