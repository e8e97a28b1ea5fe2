import Link from "next/link";
import type { StoredImportSummary } from "@/lib/import-run-schema";

type RowReport = StoredImportSummary["duplicates"][number];

function Rows({ label, rows }: { label: string; rows: RowReport[] }) {
  if (rows.length === 0) return null;
  return (
    <details>
      <summary>
        {label} ({rows.length.toLocaleString("en")})
      </summary>
      <ul className="small">
        {rows.map((row) => (
          <li key={`${row.line}-${row.reason}`}>
            Line {row.line}: {row.reason} <span className="muted">“{row.quote}”</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

// What proposing the list did, in the importer's own counts (lib/twin-cities-import.ts
// ImportSummary), with the change requests it opened for review.
export function ImportSummary({ summary }: { summary: StoredImportSummary }) {
  const counts: [string, number][] = [
    ["Ties proposed", summary.tiesProposed],
    ["Places reused", summary.placesReused],
    ["Places created", summary.placesCreated],
    ["Places resolved by you", summary.placesAmbiguous],
    ["Ties already recorded or awaiting review", summary.tiesAlreadyRecorded],
    ["Rows already cited by an earlier import", summary.rowsAlreadyCited],
    ["Duplicate rows", summary.duplicates.length],
    ["Self-pairs", summary.selfPairs.length],
    ["Unreadable rows", summary.unreadable.length],
    ["Rows skipped (places you skipped)", summary.skipped.length],
    ["Ties no longer listed", summary.noLongerListed.length],
    ["Change requests", summary.changes],
  ];
  return (
    <section className="stack card" aria-labelledby="import-summary">
      <h2 id="import-summary">Summary</h2>
      <table aria-labelledby="import-summary">
        <tbody>
          {counts.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.changeRequests.length > 0 ? (
        <>
          <h3>Change requests for review</h3>
          {summary.sourceProposed && <p className="small muted">A reviewer approves the list as a source first: every batch cites it.</p>}
          <ul>
            {summary.changeRequests.map((change) => (
              <li key={change.id}>
                <Link href={`/admin/changes/${change.id}`}>{change.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Nothing new to propose: every tie of the list is recorded, awaiting review, or left out below.</p>
      )}
      <Rows label="Duplicate rows" rows={summary.duplicates} />
      <Rows label="Self-pairs" rows={summary.selfPairs} />
      <Rows label="Unreadable rows" rows={summary.unreadable} />
      <Rows label="Rows skipped" rows={summary.skipped} />
      {summary.noLongerListed.length > 0 && (
        <details>
          <summary>Ties an earlier list named and this one no longer does ({summary.noLongerListed.length.toLocaleString("en")})</summary>
          <p className="small muted">Reported only: nothing is removed.</p>
          <ul className="small">
            {summary.noLongerListed.map((tie) => (
              <li key={tie}>{tie}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
