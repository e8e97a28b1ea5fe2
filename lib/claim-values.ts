import type { RecordType } from "@/lib/generated/prisma/enums";
import { AGREEMENT_KIND_LABELS } from "@/lib/agreement-kinds";
import { datesAgree, formatPartialDate, isPartialDate } from "@/lib/partial-date";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";

type ClaimOf = { recordType: RecordType; field: string };

// The labels of the values a source may assert for a claim, by record type and field: a
// tie's `OTHER` and an agreement's `OTHER` read differently.
const VALUE_LABELS: Partial<Record<RecordType, Record<string, Record<string, string>>>> = {
  TIE: { kind: TIE_KIND_LABELS },
  TIE_EVENT: { kind: TIE_KIND_LABELS, type: TIE_EVENT_LABELS },
  AGREEMENT: { kind: AGREEMENT_KIND_LABELS },
};

// A value a source asserts, as a reader should see it: dates in words, kinds by label, and
// a record the value refers to (by id or slug) by its name, from `names`
// (lib/claim-value-names.ts).
export function formatClaimValue(value: string, claim: ClaimOf, names: Record<string, string> = {}): string {
  if (isPartialDate(value)) return formatPartialDate(value);
  return VALUE_LABELS[claim.recordType]?.[claim.field]?.[value] ?? names[value] ?? value;
}

// The one rule for whether two sources disagree on a claim's value. Dates compare at the
// precision of the vaguer one: "2010" and "2010-05-23" agree, "2024-05-19" and "2024-06-19"
// differ. Any other values differ unless equal.
export function valuesDiffer(a: string, b: string): boolean {
  if (isPartialDate(a) && isPartialDate(b)) return !datesAgree(a, b);
  return a !== b;
}

// The values that tell the sources apart, most precise first kept: a vaguer value another
// one agrees with says nothing more ("2024" beside "2024-05-19" and "2024-06-19").
export function distinctValues(values: (string | null | undefined)[]): string[] {
  const given = [...new Set(values.filter((value): value is string => !!value))];
  return given.filter((value) => !given.some((other) => other !== value && !valuesDiffer(value, other) && other.length > value.length));
}

// Whether the values disagree. No two values distinctValues keeps agree, so two of them
// are a dispute.
export function isDisputed(values: (string | null | undefined)[]): boolean {
  return distinctValues(values).length > 1;
}
