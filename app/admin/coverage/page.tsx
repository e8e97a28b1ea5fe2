import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { COVERAGE_LIST_LIMIT, getCoverage } from "@/lib/coverage";
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

// Said under a list cut at the report's limit, so nobody takes the first hundred for all.
function FirstOf({ count }: { count: number }) {
  if (count <= COVERAGE_LIST_LIMIT) return null;
  return (
    <p className="muted">
      The first {COVERAGE_LIST_LIMIT.toLocaleString("en")} of {count.toLocaleString("en")}.
    </p>
  );
}

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
            {coverage.disputed.count} disputed claims · {coverage.orphaned.count} orphaned quotes · {coverage.unusedSources.count} sources
            with no claims
          </p>
        </section>
      </div>
      <h2>Key claims without a citation</h2>
      {coverage.uncited.count === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {coverage.uncited.first.map((claim) => (
            <li key={`${claim.recordId}:${claim.field}`}>
              {claim.label}
              {claim.editPath && (
                <>
                  {" "}
                  <Link href={claim.editPath}>Cite</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <FirstOf count={coverage.uncited.count} />
      <h2 id="disputed">Disputed claims</h2>
      {coverage.disputed.count === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {coverage.disputed.first.map((claim) => (
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
      <FirstOf count={coverage.disputed.count} />
      <h2>Orphaned quotes</h2>
      {coverage.orphaned.count === 0 ? (
        <p className="muted">None: every quote is still in its source.</p>
      ) : (
        <ul>
          {coverage.orphaned.first.map((c) => (
            <li key={c.id}>
              <q lang={c.source.lang ?? undefined}>{c.quote}</q> — <Link href={`/sources/${c.source.id}`}>{c.source.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <FirstOf count={coverage.orphaned.count} />
      <h2>Sources with no claims</h2>
      {coverage.unusedSources.count === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {coverage.unusedSources.first.map((s) => (
            <li key={s.id}>
              <Link href={`/sources/${s.id}`}>{s.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <FirstOf count={coverage.unusedSources.count} />
    </>
  );
}
