import type { RecordType } from "@/lib/generated/prisma/enums";
import { AGREEMENT_KIND_LABELS } from "@/lib/agreement-kinds";
import { formatPartialDate, isPartialDate } from "@/lib/partial-date";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";

type ClaimOf = { recordType: RecordType; field: string };

// The labels of the values a source may assert for a claim, by record type and field: a
// tie's `OTHER` and an agreement's `OTHER` read differently.
const VALUE_LABELS: Partial<Record<RecordType, Record<string, Record<string, string>>>> = {
  TIE: { kind: TIE_KIND_LABELS },
  TIE_EVENT: { kind: TIE_KIND_LABELS, type: TIE_EVENT_LABELS },
  AGREEMENT: { kind: AGREEMENT_KIND_LABELS },
};

// A value a source asserts, as a reader should see it: dates in words, kinds by label.
export function formatClaimValue(value: string, claim: ClaimOf): string {
  if (isPartialDate(value)) return formatPartialDate(value);
  return VALUE_LABELS[claim.recordType]?.[claim.field]?.[value] ?? value;
}
