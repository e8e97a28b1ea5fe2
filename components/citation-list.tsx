import Link from "next/link";
import { passagePath } from "@/lib/source-parts";
import { formatClaimValue } from "@/lib/claim-values";
import { valueNamesOf } from "@/lib/footnotes";
import type { RecordType } from "@/lib/enums";

type Citation = {
  id: string;
  recordType: RecordType;
  field: string;
  quote: string;
  assertedValue: string | null;
  notation?: string | null;
  inferredReason?: string | null;
  valueName?: string | null;
  rank: string;
  startOffset: number | null;
  source: { id: string; title: string; lang: string | null };
};

export function CitationList({ citations, labels }: { citations: Citation[]; labels: Record<string, string> }) {
  if (citations.length === 0) return <p className="muted">No published citations yet.</p>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th>Claim</th>
          <th>Quote</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {citations.map((citation) => (
          <tr key={citation.id}>
            <td>
              {labels[citation.field] ?? citation.field}
              {citation.assertedValue && (
                <div className="small muted">
                  states {formatClaimValue(citation.assertedValue, citation, valueNamesOf([citation]))}
                  {citation.notation && <>; writes “{citation.notation}”</>}
                  {citation.inferredReason && <>; {citation.inferredReason}</>}
                </div>
              )}
            </td>
            <td lang={citation.source.lang ?? undefined}>“{citation.quote}”</td>
            <td>
              <Link href={passagePath(citation.source.id, citation)}>{citation.source.title}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
