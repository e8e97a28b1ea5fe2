import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { getCoverage } from "@/lib/coverage";
import { formatClaimValue } from "@/lib/claim-values";
import type { RecordType } from "@/lib/enums";
import { claimLabel, claimLabelOf, isEditableKind, recordKind } from "@/lib/record-kinds";
import { RECORD_TYPE_LABELS } from "@/lib/claim-pages";

export const metadata: Metadata = { title: "Citation coverage" };

// A claim as its kind's description words it: "Established", not "established".
function claimName(recordType: RecordType, field: string) {
  if (isEditableKind(recordType)) return claimLabel(recordKind(recordType), field);
  return claimLabelOf(recordType, field);
}

const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`);

export default async function CoveragePage() {
  await requirePermission("coverage:view");
  const coverage = await getCoverage();
  return (
    <>
      <h1>Citation coverage</h1>
      <div className="grid-2">
        <section className="card" aria-label="Key claims cited">
          <h2 style={{ marginTop: 0 }}>{percent(coverage.citedKeyClaimCount, coverage.keyClaimCount)}</h2>
          <p>
            of key claims cited ({coverage.citedKeyClaimCount} of {coverage.keyClaimCount}); {coverage.citationCount} citations in all.
          </p>
        </section>
        <section className="card" aria-label="Problems">
          <p>
            {coverage.disputed.length} disputed claims · {coverage.orphaned.length} orphaned quotes · {coverage.unusedSources.length}{" "}
            sources with no claims
          </p>
        </section>
      </div>
      <h2>Key claims without a citation</h2>
      {coverage.uncited.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {coverage.uncited.map((claim) => (
            <li key={`${claim.recordId}:${claim.field}`}>{claim.label}</li>
          ))}
        </ul>
      )}
      <h2 id="disputed">Disputed claims</h2>
      {coverage.disputed.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {coverage.disputed.map((claim) => (
            <li key={`${claim.recordId}:${claim.field}`}>
              {claim.title ?? `A ${RECORD_TYPE_LABELS[claim.recordType].toLowerCase()} no longer found`} ·{" "}
              {claimName(claim.recordType, claim.field)}:{" "}
              {claim.values.map((value) => formatClaimValue(value, claim, claim.valueNames)).join(" / ")}{" "}
              <Link
                href={`/admin/disputes?${new URLSearchParams({ recordType: claim.recordType, recordId: claim.recordId, field: claim.field })}`}
              >
                Settle
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>Orphaned quotes</h2>
      {coverage.orphaned.length === 0 ? (
        <p className="muted">None: every quote is still in its source.</p>
      ) : (
        <ul>
          {coverage.orphaned.map((c) => (
            <li key={c.id}>
              <q lang={c.source.lang ?? undefined}>{c.quote}</q> — <Link href={`/sources/${c.source.id}`}>{c.source.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <h2>Sources with no claims</h2>
      {coverage.unusedSources.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {coverage.unusedSources.map((s) => (
            <li key={s.id}>
              <Link href={`/sources/${s.id}`}>{s.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
