import type { CitationRank, RecordType } from "@/lib/generated/prisma/enums";
import { distinctValues, isDisputed } from "@/lib/claim-values";

export type CitedSource = {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  // The language its text is in (BCP 47), which a quote from it is marked with.
  lang: string | null;
};

export type CitationView = {
  id: string;
  recordType: RecordType;
  recordId: string;
  field: string;
  quote: string;
  assertedValue: string | null;
  // How the source writes a date, and the part inferred and why (none on older reads).
  notation?: string | null;
  inferredReason?: string | null;
  // The name of the record an asserted id or slug refers to (lib/claim-value-names.ts).
  valueName?: string | null;
  rank: CitationRank;
  rankReason: string | null;
  orphanedAt: Date | null;
  // Where the quote begins in the source's text, which tells the part of a long source's
  // page it is read on (lib/source-parts.ts).
  startOffset?: number | null;
  source: CitedSource;
};

export type Footnote = CitationView & { number: number };

export type Alternative = { value: string; reason: string | null };

// A claim's citations; `values` the ones that tell its sources apart (lib/claim-values.ts),
// `preferred` the value a reviewer settled on, `alternatives` the values they ranked down,
// kept visible with the reason; `valueNames` names the records values refer to.
export type Claim = {
  footnotes: Footnote[];
  isDisputed: boolean;
  values: string[];
  preferred: string | null;
  alternatives: Alternative[];
  valueNames: Record<string, string>;
};

// The names of the records a citation's value refers to, keyed by the value.
export const valueNamesOf = (citations: Pick<CitationView, "assertedValue" | "valueName">[]): Record<string, string> =>
  Object.fromEntries(citations.flatMap((c) => (c.assertedValue && c.valueName ? [[c.assertedValue, c.valueName]] : [])));

const claimKey = (recordType: RecordType, recordId: string, field: string) => `${recordType}:${recordId}:${field}`;

// Numbers a page's citations in the order the page shows its facts, like Wikipedia's
// footnotes. Call `claim()` while rendering each fact, then `list()` for the notes.
export function createFootnotes(citations: CitationView[]) {
  const byClaim = new Map<string, CitationView[]>();
  for (const citation of citations) {
    const key = claimKey(citation.recordType, citation.recordId, citation.field);
    byClaim.set(key, [...(byClaim.get(key) ?? []), citation]);
  }
  const numbered = new Map<string, Footnote>();

  function number(citation: CitationView): Footnote {
    const existing = numbered.get(citation.id);
    if (existing) return existing;
    const footnote = { ...citation, number: numbered.size + 1 };
    numbered.set(citation.id, footnote);
    return footnote;
  }

  function claim(recordType: RecordType, recordId: string, field: string): Claim {
    const cited = (byClaim.get(claimKey(recordType, recordId, field)) ?? []).map(number);
    const current = cited.filter((c) => c.rank !== "DEPRECATED");
    const values = distinctValues(current.map((c) => c.assertedValue));
    const preferred = current.find((c) => c.rank === "PREFERRED" && c.assertedValue)?.assertedValue ?? null;
    const alternatives = cited
      .filter((c) => c.rank === "DEPRECATED" && c.assertedValue)
      .map((c) => ({ value: c.assertedValue!, reason: c.rankReason }));
    return { footnotes: cited, isDisputed: isDisputed(values), values, preferred, alternatives, valueNames: valueNamesOf(cited) };
  }

  function list(): Footnote[] {
    return [...numbered.values()];
  }

  function sources(): CitedSource[] {
    return [...new Map(list().map((footnote) => [footnote.source.id, footnote.source])).values()];
  }

  return { claim, list, sources };
}

export type Footnotes = ReturnType<typeof createFootnotes>;
