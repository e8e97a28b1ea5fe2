import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { ReadItem } from "@/lib/change-item";
import { recordKind } from "@/lib/record-kinds";
import { RecordRefused, type Tx } from "@/lib/record-kind";

// Fields of one edit a reviewer approves, or all of an item.
export type ApprovedFields = "all" | string[];

export type ApplyContext = { authorId: string; reviewerId: string; tags: string[]; refs: Map<string, string> };

// A record created earlier in the same change is named "ref:<item ref>" until it has an id.
const REF = /^ref:([\w-]+)$/;

function resolveRefs(value: unknown, refs: Map<string, string>): unknown {
  if (typeof value === "string") {
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
  const content = kind.schema.parse(resolveRefs(await contentToApply(tx, item, fields), context.refs));
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
