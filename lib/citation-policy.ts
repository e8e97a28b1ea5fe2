import "server-only";
import type { ReadItem } from "@/lib/change-item";
import { claimLabel, recordKind } from "@/lib/record-kinds";
import type { Tx } from "@/lib/record-kind";
import { isDisputed } from "@/lib/claim-values";

export type KeyClaimStatus = { itemId: string; field: string; label: string; isCited: boolean; isDisputed: boolean };

// A record a change creates is cited by the same change through "ref:<item ref>".
export const refId = (ref: string) => `ref:${ref}`;

const proposesContent = (item: ReadItem) => item.operation === "CREATE" || item.operation === "UPDATE";

// The id a citation in the same change uses for the item's record.
const targetOf = (item: ReadItem) => (item.operation === "CREATE" ? (item.ref ? refId(item.ref) : "") : item.recordId);

// Key claims (each kind's description lists them) must carry a citation before approval: a
// published one, or one proposed in the same change. Sources that disagree on one are
// reported too, for the reviewer to settle.
export async function keyClaimStatus(tx: Tx, items: ReadItem[]): Promise<KeyClaimStatus[]> {
  const proposedCitations = items.flatMap((item) => (item.kind === "CITATION" && proposesContent(item) ? [item.content] : []));
  const statuses: KeyClaimStatus[] = [];
  for (const item of items.filter(proposesContent)) {
    const kind = recordKind(item.kind);
    const recordId = item.operation === "CREATE" ? null : item.recordId;
    for (const field of kind.keyClaims(item.content)) {
      const inChange = proposedCitations.filter((c) => c.recordType === item.kind && c.recordId === targetOf(item) && c.field === field);
      const published = recordId
        ? await tx.citation.findMany({
            where: { recordType: item.kind, recordId, field, retiredAt: null, rank: { not: "DEPRECATED" } },
            select: { assertedValue: true },
          })
        : [];
      const values = [...inChange, ...published].map((c) => c.assertedValue);
      statuses.push({
        itemId: item.id,
        field,
        label: `${kind.label} “${kind.titleOf(item.content)}”: ${claimLabel(kind, field)}`,
        isCited: inChange.length + published.length > 0,
        isDisputed: isDisputed(values),
      });
    }
  }
  return statuses;
}
