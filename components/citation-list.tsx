import Link from "next/link";
import { formatClaimValue } from "@/lib/claim-values";
import type { RecordType } from "@/lib/enums";

type Citation = {
  id: string;
  recordType: RecordType;
  field: string;
  quote: string;
  assertedValue: string | null;
  rank: string;
  source: { id: string; title: string };
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
              {citation.assertedValue && <div className="small muted">states {formatClaimValue(citation.assertedValue, citation)}</div>}
            </td>
            <td>“{citation.quote}”</td>
            <td>
              <Link href={`/sources/${citation.source.id}#quote-${citation.id}`}>{citation.source.title}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
