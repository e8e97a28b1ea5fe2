import "server-only";
import type { ChangeItem } from "@/lib/generated/prisma/client";
import type { ChangeItemStatus } from "@/lib/generated/prisma/enums";
import type { EditableKind } from "@/lib/record-kind";
import { isEditableKind, recordKind, type ContentOf } from "@/lib/record-kinds";

const unknownKind = (recordType: string) => `Amity cannot review or apply records of this kind (${recordType}).`;
const UNREADABLE = "This part of the change is not in a form Amity can read.";

// Why a proposed item could never be applied, checked before it is stored; null if it can.
export function proposalProblem(item: { recordType: string; payload: unknown }): string | null {
  if (!isEditableKind(item.recordType)) return unknownKind(item.recordType);
  return recordKind(item.recordType).schema.safeParse(item.payload).success ? null : UNREADABLE;
}

type Stored = { id: string; changeRequestId: string; sequence: number; status: ChangeItemStatus };

// What an item does, by operation: a removal or a merge names the record it retires and
// can never be read (or revised) as an edit; only a creation has a ref.
type Operation =
  | { operation: "CREATE"; ref: string | null; recordId: string | null }
  | { operation: "UPDATE" | "DELETE"; recordId: string; baseVersion: number }
  | { operation: "MERGE"; recordId: string; baseVersion: number; mergeIntoId: string };

type ItemOf<K extends EditableKind> = Stored & Operation & { kind: K; content: ContentOf<K> };

export type ReadItem = { [K in EditableKind]: ItemOf<K> }[EditableKind];

export type ItemReading = { ok: true; item: ReadItem } | { ok: false; itemId: string; problem: string };

function operationOf(row: ChangeItem): Operation | null {
  const { operation, recordId, baseVersion, mergeIntoId, ref } = row;
  if (operation === "CREATE") return { operation, ref, recordId };
  if (!recordId || baseVersion === null) return null;
  if (operation === "MERGE") return mergeIntoId ? { operation, recordId, baseVersion, mergeIntoId } : null;
  return { operation, recordId, baseVersion };
}

// The one place a stored proposal is read: its kind must be one Amity can apply, and its
// payload must parse with that kind's schema. Anything else is reported, never cast.
export function readChangeItem(row: ChangeItem): ItemReading {
  if (!isEditableKind(row.recordType)) return { ok: false, itemId: row.id, problem: unknownKind(row.recordType) };
  const parsed = recordKind(row.recordType).schema.safeParse(row.payload);
  const operation = operationOf(row);
  if (!parsed.success || !operation) return { ok: false, itemId: row.id, problem: UNREADABLE };
  const stored = { id: row.id, changeRequestId: row.changeRequestId, sequence: row.sequence, status: row.status };
  return { ok: true, item: { ...stored, ...operation, kind: row.recordType, content: parsed.data } as ReadItem };
}

// A revision's snapshot, as content of its kind; null for the marker a removal leaves.
export function readSnapshot(kind: EditableKind, snapshot: unknown): object | null {
  const parsed = recordKind(kind).schema.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}
