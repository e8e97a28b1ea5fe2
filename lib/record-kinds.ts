import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { EditableKind, RecordKind } from "@/lib/record-kind";
import { placeRecord } from "@/lib/place-record";
import { sourceRecord } from "@/lib/source-record";
import { citationRecord } from "@/lib/citation-record";
import { tieEventRecord } from "@/lib/tie-event-record";
import { tieRecord } from "@/lib/tie-record";
import { personRecord } from "@/lib/person-record";
import { positionRecord } from "@/lib/position-record";
import { organisationRecord } from "@/lib/organisation-record";
import { agreementRecord } from "@/lib/agreement-record";
import { eventRecord } from "@/lib/event-record";
import { figureRecord } from "@/lib/figure-record";
import { delegationRecord } from "@/lib/delegation-record";
import { CLAIM_FIELD_LABELS, EXISTS_CLAIM } from "@/lib/citation-schema";

// Each kind of record that goes through review, described once. A kind named in
// EditableKind but missing here fails the type check.
const RECORD_KINDS = {
  PLACE: placeRecord,
  SOURCE: sourceRecord,
  CITATION: citationRecord,
  TIE_EVENT: tieEventRecord,
  TIE: tieRecord,
  PERSON: personRecord,
  POSITION: positionRecord,
  ORGANISATION: organisationRecord,
  AGREEMENT: agreementRecord,
  EVENT: eventRecord,
  FIGURE: figureRecord,
  DELEGATION: delegationRecord,
  // Each entry is checked against its own content type where it is defined; here only that
  // every kind is present and filed under its own name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
} satisfies { [K in EditableKind]: RecordKind<any> & { recordType: K } };

export function isEditableKind(recordType: RecordType | string): recordType is EditableKind {
  return Object.hasOwn(RECORD_KINDS, recordType);
}

// Callers hold content parsed by the kind's own schema (lib/change-item.ts), so seeing every
// kind as one of plain objects loses nothing they rely on.
export function recordKind(kind: EditableKind): RecordKind<object> {
  return RECORD_KINDS[kind] as RecordKind<object>;
}

// The content a kind's schema produces: a payload read through lib/change-item.ts has it.
export type ContentOf<K extends EditableKind> = (typeof RECORD_KINDS)[K] extends RecordKind<infer T, K> ? T : never;

export const EDITABLE_KINDS = Object.keys(RECORD_KINDS) as EditableKind[];

// A field's label, or the words for the claim that the record exists.
export function claimLabel(kind: RecordKind<object>, field: string): string {
  if (field === "exists") return "that it exists";
  return Object.entries<string>(kind.fieldLabels).find(([name]) => name === field)?.[1] ?? field;
}

// The claims that can be cited about a record of this type, worded by its kind's description
// ("From" for a delegation's startOn, "Start date" for an event's); the parts of a record that
// are not kinds of their own (a name, a delegation's stop) by the shared claim words.
export function claimLabelsOf(recordType: RecordType): Record<string, string> {
  if (!isEditableKind(recordType)) return CLAIM_FIELD_LABELS;
  const { fieldLabels } = recordKind(recordType);
  return { ...(fieldLabels as Record<string, string>), [EXISTS_CLAIM]: "That it exists" };
}

export function claimLabelOf(recordType: RecordType, field: string): string {
  const labels = claimLabelsOf(recordType);
  return Object.hasOwn(labels, field) ? labels[field] : field;
}
