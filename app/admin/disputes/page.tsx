import type { Metadata } from "next";
import { passagePath } from "@/lib/source-parts";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { getClaimCitations } from "@/lib/dispute";
import { formatClaimValue } from "@/lib/claim-values";
import { RecordType } from "@/lib/enums";
import { SettlementForm } from "@/components/settlement-form";
import { claimLabel, isEditableKind, recordKind } from "@/lib/record-kinds";

export const metadata: Metadata = { title: "Settle a disputed claim" };

type Props = { searchParams: Promise<{ recordType?: string; recordId?: string; field?: string }> };

export default async function DisputePage({ searchParams }: Props) {
  await requirePermission("change:review");
  const { recordType, recordId, field } = await searchParams;
  // Disputes are settled one claim at a time; the list of them is on the coverage page.
  if (!recordType && !recordId && !field) redirect("/admin/coverage#disputed");
  if (!recordType || !(recordType in RecordType) || !recordId || !field) notFound();
  const claim = { recordType: recordType as RecordType, recordId, field };
  const { title, citations, values, valueNames } = await getClaimCitations(claim.recordType, recordId, field);
  const fieldLabel = isEditableKind(claim.recordType) ? claimLabel(recordKind(claim.recordType), field) : field;
  return (
    <>
      <h1>
        {title ?? "Claim"} · {fieldLabel}
      </h1>
      <p className="muted">The sources give {values.length} values. Prefer one; the others stay visible with your reason.</p>
      <table className="data">
        <thead>
          <tr>
            <th>Value</th>
            <th>Quote</th>
            <th>Source</th>
            <th>Rank</th>
          </tr>
        </thead>
        <tbody>
          {citations.map((c) => (
            <tr key={c.id}>
              <td>
                {c.assertedValue ? formatClaimValue(c.assertedValue, claim, valueNames) : "—"}
                {c.notation && <div className="small muted">writes “{c.notation}”</div>}
                {c.inferredReason && <div className="small muted">{c.inferredReason}</div>}
              </td>
              <td lang={c.source.lang ?? undefined}>“{c.quote}”</td>
              <td>
                <Link href={passagePath(c.source.id, c)}>{c.source.title}</Link>
              </td>
              <td>
                {c.rank.toLowerCase()}
                {c.rankReason && <div className="small muted">{c.rankReason}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Settle</h2>
      <SettlementForm claim={claim} values={values} />
    </>
  );
}
