import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { ReadItem } from "@/lib/change-item";
import { recordKind } from "@/lib/record-kinds";
import { RecordRefused, type Tx } from "@/lib/record-kind";

// Fields of one edit a reviewer approves, or all of an item.
export type ApprovedFields = "all" | string[];

export type ApplyContext = { authorId: string; reviewerId: string; tags: string[]; refs: Map<string, string> };

// A record created earlier in the same change is named "ref:<item ref>" until it has an id;
// one another change proposes (an import's earlier batch) is named "item:<change item id>".
const REF = /^ref:([\w-]+)$/;
const ITEM = /^item:[\w-]+$/;

function resolveRefs(value: unknown, refs: Map<string, string>): unknown {
  if (typeof value === "string") {
    if (ITEM.test(value)) return refs.get(value);
    const ref = REF.exec(value)?.[1];
    if (!ref) return value;
    const id = refs.get(ref);
    if (!id) throw new RecordRefused("A part of this change points at a record the change does not create.");
    return id;
  }
  if (Array.isArray(value)) return value.map((entry) => resolveRefs(entry, refs));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, refs)]));
  return value;
}

function itemRefsIn(value: unknown): string[] {
  if (typeof value === "string") return ITEM.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(itemRefsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(itemRefsIn);
  return [];
}

// The records other changes proposed and a reviewer has since approved; one still waiting
// stops the approval, naming the change to approve first.
async function resolveItemRefs(tx: Tx, content: object, refs: Map<string, string>) {
  const wanted = [...new Set(itemRefsIn(content))].filter((ref) => !refs.has(ref));
  if (wanted.length === 0) return;
  const items = await tx.changeItem.findMany({
    where: { id: { in: wanted.map((ref) => ref.slice("item:".length)) } },
    select: { id: true, status: true, recordId: true, changeRequest: { select: { title: true } } },
  });
  for (const ref of wanted) {
    const item = items.find((found) => `item:${found.id}` === ref);
    if (!item || item.status !== "APPROVED" || !item.recordId) {
      const change = item ? ` (“${item.changeRequest.title}”)` : "";
      throw new RecordRefused(`A part of this change points at a record another change proposes${change}: approve that one first.`);
    }
    refs.set(ref, item.recordId);
  }
}

// Fields not selected keep their published value; the item keeps the full proposal so the
// author sees what is still outstanding.
async function contentToApply(tx: Tx, item: ReadItem, fields: ApprovedFields): Promise<object> {
  if (fields === "all" || item.operation !== "UPDATE") return item.content;
  const current = await recordKind(item.kind).load(tx, item.recordId);
  const merged: Record<string, unknown> = { ...current?.content };
  const proposed: Record<string, unknown> = { ...item.content };
  for (const field of fields) merged[field] = proposed[field];
  return merged;
}

async function applyOperation(tx: Tx, item: ReadItem, content: object): Promise<string> {
  const kind = recordKind(item.kind);
  switch (item.operation) {
    case "CREATE":
      return kind.create(tx, content);
    case "UPDATE":
      await kind.update(tx, item.recordId, content);
      return item.recordId;
    case "DELETE":
      await kind.retire(tx, item.recordId);
      return item.recordId;
    case "MERGE":
      if (!kind.merge) throw new RecordRefused(`${kind.label} records cannot be merged.`);
      await kind.merge(tx, item.recordId, item.mergeIntoId);
      return item.recordId;
  }
}

async function nextRetiredVersion(tx: Tx, recordType: RecordType, recordId: string) {
  const last = await tx.revision.findFirst({ where: { recordType, recordId }, orderBy: { version: "desc" }, select: { version: true } });
  return (last?.version ?? 0) + 1;
}

async function writeRevision(tx: Tx, item: ReadItem, recordId: string, context: ApplyContext) {
  const applied = await recordKind(item.kind).load(tx, recordId);
  const mergedIntoId = item.operation === "MERGE" ? item.mergeIntoId : undefined;
  await tx.revision.create({
    data: {
      recordType: item.kind,
      recordId,
      version: applied?.version ?? (await nextRetiredVersion(tx, item.kind, recordId)),
      snapshot: (applied?.content ?? { retired: true, mergedIntoId }) as Prisma.InputJsonValue,
      changeRequestId: item.changeRequestId,
      changeItemId: item.id,
      proposedById: context.authorId,
      approvedById: context.reviewerId,
    },
  });
  return applied?.version;
}

// Applies one item inside the approval's transaction: the record, its revision, and the
// cache tags of the pages it showed before and after.
export async function applyItem(tx: Tx, item: ReadItem, fields: ApprovedFields, context: ApplyContext) {
  const kind = recordKind(item.kind);
  const touched = [item.recordId, item.operation === "MERGE" ? item.mergeIntoId : null].filter((id): id is string => !!id);
  for (const id of touched) context.tags.push(...(await kind.publicTags(tx, id)));
  const proposed = await contentToApply(tx, item, fields);
  await resolveItemRefs(tx, proposed, context.refs);
  const content = kind.schema.parse(resolveRefs(proposed, context.refs));
  const recordId = await applyOperation(tx, item, content);
  if (item.operation === "CREATE" && item.ref) context.refs.set(item.ref, recordId);
  context.tags.push(...(await kind.publicTags(tx, recordId)));
  const version = await writeRevision(tx, item, recordId, context);
  if (item.operation === "MERGE") await writeRevision(tx, item, item.mergeIntoId, context);
  const isWhole = fields === "all" || item.operation !== "UPDATE";
  await tx.changeItem.update({
    where: { id: item.id },
    data: isWhole ? { status: "APPROVED", recordId } : { status: "RETURNED", baseVersion: version },
  });
}
