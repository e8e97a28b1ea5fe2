import "server-only";
import type { ChangeItem } from "@/lib/generated/prisma/client";
import { handlerFor } from "@/lib/record-handlers";
import type { Tx } from "@/lib/record-handler";
import type { CitationInput } from "@/lib/citation-schema";

export type KeyClaimStatus = { itemId: string; field: string; label: string; isCited: boolean; isDisputed: boolean };

// A record a change creates is cited by the same change through "ref:<item ref>".
export const refId = (ref: string) => `ref:${ref}`;

// Key claims (a tie event's kind and date, …) must carry a citation before approval: a
// published one, or one proposed in the same change. Sources that disagree on one are
// reported too, for the reviewer to settle.
export async function keyClaimStatus(tx: Tx, items: ChangeItem[]): Promise<KeyClaimStatus[]> {
  const proposedCitations = items
    .filter((i) => i.recordType === "CITATION" && (i.operation === "CREATE" || i.operation === "UPDATE"))
    .map((i) => i.payload as CitationInput);
  const statuses: KeyClaimStatus[] = [];
  for (const item of items) {
    const handler = handlerFor(item.recordType);
    if (!handler.keyClaims || (item.operation !== "CREATE" && item.operation !== "UPDATE")) continue;
    const content = item.payload as object;
    const target = item.recordId ?? (item.ref ? refId(item.ref) : "");
    for (const field of handler.keyClaims(content)) {
      const inChange = proposedCitations.filter((c) => c.recordType === item.recordType && c.recordId === target && c.field === field);
      const published = item.recordId
        ? await tx.citation.findMany({ where: { recordType: item.recordType, recordId: item.recordId, field, retiredAt: null, rank: { not: "DEPRECATED" } }, select: { assertedValue: true } })
        : [];
      const values = new Set([...inChange, ...published].flatMap((c) => (c.assertedValue ? [c.assertedValue] : [])));
      statuses.push({
        itemId: item.id,
        field,
        label: `${handler.label} “${handler.titleOf(content)}”: ${handler.fieldLabels[field] ?? field}`,
        isCited: inChange.length + published.length > 0,
        isDisputed: values.size > 1,
      });
    }
  }
  return statuses;
}
