import { AGREEMENT_KIND_LABELS } from "@/lib/agreement-kinds";
import { formatPartialDate, isPartialDate } from "@/lib/partial-date";
import { TIE_KIND_LABELS } from "@/lib/tie-timeline";

const ENUM_LABELS: Record<string, string> = { ...TIE_KIND_LABELS, ...AGREEMENT_KIND_LABELS };

// A value a source asserts, as a reader should see it: dates in words, kinds by label.
export function formatClaimValue(value: string): string {
  if (isPartialDate(value)) return formatPartialDate(value);
  return ENUM_LABELS[value] ?? value;
}
