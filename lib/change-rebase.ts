import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { readSnapshot, type ReadItem } from "@/lib/change-item";
import { isEditableKind, recordKind } from "@/lib/record-kinds";
import { changedFields, diffContent } from "@/lib/record-diff";
import type { Tx } from "@/lib/record-kind";
import type { ProposedItem } from "@/lib/change-request";

// Rebasing an edit whose record moved on since it was prepared: a three-way merge of the
// version it was prepared against (base), the version published now, and the proposal.

export type Merged = { content: Record<string, unknown>; conflicts: string[] };

const fieldsApart = (before: object, after: object) => new Set(changedFields(diffContent(before, after)));

// The fields the author changed against the base keep the author's value; every other
// field takes the published one, so an edit approved meanwhile is never undone. A field
// both changed, to different values, keeps the author's and is reported as a conflict.
// Without a base (a version from before review) every difference counts as one.
export function mergeThreeWay(base: object | null, current: object, proposed: object): Merged {
  const byAuthor = fieldsApart(base ?? current, proposed);
  const byColleague = base ? fieldsApart(base, current) : byAuthor;
  const apart = fieldsApart(current, proposed);
  const content: Record<string, unknown> = { ...current };
  for (const field of byAuthor) content[field] = (proposed as Record<string, unknown>)[field];
  return { content, conflicts: [...byAuthor].filter((field) => byColleague.has(field) && apart.has(field)) };
}

// A field both sides changed, by the position of its item among the revised items.
export type Conflict = { index: number; fields: string[]; baseVersion: number; currentVersion: number };
type ItemRebase = { ok: true; item: ProposedItem; conflict?: Omit<Conflict, "index"> } | { ok: false; problem: string };

type Earlier = { recordType: string; recordId: string | null; baseVersion: number | null };

const versionOf = (...versions: (number | null | undefined)[]) =>
  Math.min(...versions.filter((version): version is number => typeof version === "number"));

async function rebaseItem(tx: Tx, item: ProposedItem, earlier: Earlier[]): Promise<ItemRebase> {
  if (item.operation !== "UPDATE" || !item.recordId || !isEditableKind(item.recordType)) return { ok: true, item };
  const { recordType, recordId } = item;
  const baseVersion = versionOf(item.baseVersion, earlier.find((e) => e.recordType === recordType && e.recordId === recordId)?.baseVersion);
  const kind = recordKind(recordType);
  const current = await kind.load(tx, recordId);
  if (!current || !Number.isFinite(baseVersion) || baseVersion >= current.version) return { ok: true, item };
  const revision = await tx.revision.findUnique({
    where: { recordType_recordId_version: { recordType, recordId, version: baseVersion } },
    select: { snapshot: true },
  });
  const base = revision ? readSnapshot(recordType, revision.snapshot) : null;
  const merged = mergeThreeWay(base, current.content, item.payload as object);
  const parsed = kind.schema.safeParse(merged.content);
  if (!parsed.success)
    return { ok: false, problem: `Your edit and version ${current.version}, approved since, cannot be combined: revise it again.` };
  const rebased: ProposedItem = { ...item, baseVersion: current.version, payload: parsed.data as Prisma.InputJsonValue };
  return { ok: true, item: rebased, conflict: { fields: merged.conflicts, baseVersion, currentVersion: current.version } };
}

// The items of a new change (no id) or the revised items of one, each edit of a record that
// moved on rebased on the version published now. The version an edit was prepared against is the earlier of the
// one the form names and the one the change's open item for that record was prepared on.
export async function rebaseItems(
  tx: Tx,
  changeRequestId: string | null,
  items: ProposedItem[],
): Promise<{ ok: true; items: ProposedItem[]; conflicts: Conflict[] } | { ok: false; problem: string }> {
  const earlier = changeRequestId
    ? await tx.changeItem.findMany({
        where: { changeRequestId, status: { not: "APPROVED" }, operation: "UPDATE" },
        select: { recordType: true, recordId: true, baseVersion: true },
      })
    : [];
  const rebased: ProposedItem[] = [];
  const conflicts: Conflict[] = [];
  for (const [i, item] of items.entries()) {
    const result = await rebaseItem(tx, item, earlier);
    if (!result.ok) return result;
    rebased.push(result.item);
    if (result.conflict?.fields.length) conflicts.push({ index: i, ...result.conflict });
  }
  return { ok: true, items: rebased, conflicts };
}

// What the revise form starts from: the author's edit as saving it would rebase it, so the
// form shows the fields approved since rather than the values they replaced.
export async function rebasedForRevision(item: ReadItem): Promise<ReadItem> {
  if (item.operation !== "UPDATE") return item;
  const { kind: recordType, recordId, baseVersion } = item;
  const payload = item.content as Prisma.InputJsonValue;
  const result = await rebaseItem(prisma, { recordType, operation: "UPDATE", recordId, baseVersion, payload }, []);
  // Parsed by the item's own kind's schema in rebaseItem, so still content of that kind.
  return result.ok ? ({ ...item, content: result.item.payload } as ReadItem) : item;
}

// Each field both sides changed is flagged to the reviewer, on that field, in the author's
// name: approving it replaces a value another reviewer approved. The revised items were
// stored from sequence `offset` on.
export async function flagConflicts(tx: Tx, changeRequestId: string, authorId: string, conflicts: Conflict[], offset: number) {
  if (conflicts.length === 0) return;
  const items = await tx.changeItem.findMany({
    where: { changeRequestId, sequence: { in: conflicts.map((c) => offset + c.index) } },
    select: { id: true, sequence: true },
  });
  const data = conflicts.flatMap(({ index, fields, baseVersion, currentVersion }) =>
    fields.map((field) => ({
      changeRequestId,
      authorId,
      changeItemId: items.find((item) => item.sequence === offset + index)?.id,
      field,
      body: `Out of date when saved: version ${currentVersion}, approved since this change was prepared on version ${baseVersion}, also changed this field. This change keeps its own value, replacing the approved one.`,
    })),
  );
  await tx.reviewComment.createMany({ data });
}
