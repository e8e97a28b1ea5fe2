import "server-only";
import { insertRows } from "@/lib/bulk-insert";
import { newRecordId } from "@/lib/record-id";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { ReadItem } from "@/lib/change-item";
import { recordKind } from "@/lib/record-kinds";
import { RecordRefused, type Tx } from "@/lib/record-kind";

// Fields of one edit a reviewer approves, or all of an item.
export type ApprovedFields = "all" | string[];

// `created`: every record this approval has created so far.
export type ApplyContext = { authorId: string; reviewerId: string; tags: string[]; refs: Map<string, string>; created: Set<string> };

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

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

const itemRefsIn = (value: unknown) => stringsIn(value).filter((text) => ITEM.test(text));
const localRefsIn = (value: unknown) => stringsIn(value).flatMap((text) => REF.exec(text)?.[1] ?? []);

// The records other changes proposed and a reviewer has since approved; one still waiting
// stops the approval, naming the change to approve first.
async function resolveItemRefs(tx: Tx, content: object | object[], refs: Map<string, string>) {
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
  if (item.operation === "CREATE") context.created.add(recordId);
  context.tags.push(...(await kind.publicTags(tx, recordId)));
  const version = await writeRevision(tx, item, recordId, context);
  if (item.operation === "MERGE") await writeRevision(tx, item, item.mergeIntoId, context);
  const isWhole = fields === "all" || item.operation !== "UPDATE";
  await tx.changeItem.update({
    where: { id: item.id },
    data: isWhole ? { status: "APPROVED", recordId } : { status: "RETURNED", baseVersion: version },
  });
}

type NewItem = ReadItem & { operation: "CREATE" };

// A new record whose kind can create many at once, approved whole.
function isBulkCreation(item: ReadItem, fields: ApprovedFields): item is NewItem {
  return item.operation === "CREATE" && fields === "all" && !!recordKind(item.kind).createMany;
}

// The items in order, consecutive bulk creations together, every other item on its own.
function runsOf(items: ReadItem[], fieldsOf: (item: ReadItem) => ApprovedFields): ReadItem[][] {
  const runs: ReadItem[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    const bulk = isBulkCreation(item, fieldsOf(item));
    if (bulk && last && isBulkCreation(last[0], fieldsOf(last[0]))) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

// Applies the chosen items of a change in order. A run of new records (an import's batch of
// places, ties, their events and citations: hundreds of items) is created a kind at a time
// rather than a record at a time: several statements a record would make approving every
// batch of the twin-cities list take half an hour.
export async function applyItems(tx: Tx, items: ReadItem[], fieldsOf: (item: ReadItem) => ApprovedFields, context: ApplyContext) {
  for (const run of runsOf(items, fieldsOf)) {
    if (run.length > 1) await createInWaves(tx, run as NewItem[], context);
    else await applyItem(tx, run[0], fieldsOf(run[0]), context);
  }
}

// Each wave creates every waiting record whose refs all point at records that exist, a kind
// at a time: places first, then the ties between them and the places' citations, then the
// ties' events and citations.
async function createInWaves(tx: Tx, items: NewItem[], context: ApplyContext) {
  await resolveItemRefs(
    tx,
    items.map((item) => item.content),
    context.refs,
  );
  const approved: { itemId: string; recordId: string }[] = [];
  let waiting = items;
  while (waiting.length > 0) {
    const ready = new Set(waiting.filter((item) => localRefsIn(item.content).every((ref) => context.refs.has(ref))));
    if (ready.size === 0) throw new RecordRefused("A part of this change points at a record the change does not create.");
    for (const group of byKind(ready)) approved.push(...(await createGroup(tx, group, context)));
    waiting = waiting.filter((item) => !ready.has(item));
  }
  // One statement for all: each item approved, with the id of the record it created.
  const recordIds = JSON.stringify(Object.fromEntries(approved.map((a) => [a.itemId, a.recordId])));
  await tx.$executeRaw`UPDATE "ChangeItem" SET "status" = 'APPROVED', "recordId" = j.value FROM json_each(${recordIds}) AS j WHERE "ChangeItem"."id" = j.key`;
}

function byKind(items: Iterable<NewItem>): NewItem[][] {
  const groups = new Map<string, NewItem[]>();
  for (const item of items) {
    const group = groups.get(item.kind);
    if (group) group.push(item);
    else groups.set(item.kind, [item]);
  }
  return [...groups.values()];
}

async function createGroup(tx: Tx, items: NewItem[], context: ApplyContext) {
  const kind = recordKind(items[0].kind);
  const contents = items.map((item) => kind.schema.parse(resolveRefs(item.content, context.refs)));
  const { records, tags } = await kind.createMany!(tx, contents, { created: context.created });
  context.tags.push(...tags);
  const now = new Date();
  await insertRows(
    tx,
    "Revision",
    records.map((record, i) => ({
      id: newRecordId(),
      recordType: items[i].kind,
      recordId: record.id,
      version: record.version,
      snapshot: record.content,
      changeRequestId: items[i].changeRequestId,
      changeItemId: items[i].id,
      proposedById: context.authorId,
      approvedById: context.reviewerId,
      createdAt: now,
    })),
  );
  return items.map((item, i) => {
    const recordId = records[i].id;
    if (item.ref) context.refs.set(item.ref, recordId);
    context.created.add(recordId);
    return { itemId: item.id, recordId };
  });
}
