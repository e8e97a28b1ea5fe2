import "server-only";
import type { ChangeItem } from "@/lib/generated/prisma/client";
import type { ChangeItemStatus, ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { can, type Actor } from "@/lib/permissions";
import { transition } from "@/lib/change-workflow";
import { keyClaimStatus, refId, type KeyClaimStatus } from "@/lib/citation-policy";
import { readChangeItem, readSnapshot, type ReadItem } from "@/lib/change-item";
import { claimLabelsOf, recordKind } from "@/lib/record-kinds";
import { RECORD_TYPE_LABELS } from "@/lib/claim-pages";
import { diffContent, type FieldDiff } from "@/lib/record-diff";
import type { PublicPage, RecordKind } from "@/lib/record-kind";
import type { PossiblySame } from "@/lib/record-picker-schema";
import { latestReviewNotes } from "@/lib/awaiting";

export type ItemReview = {
  id: string;
  label: string;
  fieldLabels: Record<string, string>;
  valueLabels: Record<string, Record<string, string>>;
  operation: ChangeOperation;
  status: ChangeItemStatus;
  title: string;
  recordId: string | null;
  diff: FieldDiff[];
  mergeInto: string | null;
  keyClaims: KeyClaimStatus[];
  // For an edit whose record moved on: what changed between the version it was prepared
  // against and the version published now.
  staleSince: { baseVersion: number; currentVersion: number; diff: FieldDiff[] } | null;
  affectedPages: PublicPage[];
  // For a new place, person or organisation: published ones of a nearly equal name; for a
  // new source: published or proposed ones of the same title.
  possiblySame: PossiblySame[];
  // The parts of the change citing this record (by the id it has in the change): a reviewer
  // who approves the record alone ticks them with it.
  citations: string[];
  names: Record<string, string>;
  // Why this part cannot be reviewed (a kind Amity cannot apply, an unreadable payload).
  problem: string | null;
};

async function staleSince(item: ReadItem, currentVersion: number, currentContent: object) {
  if (item.operation === "CREATE" || currentVersion === item.baseVersion) return null;
  const base = await prisma.revision.findUnique({
    where: { recordType_recordId_version: { recordType: item.kind, recordId: item.recordId, version: item.baseVersion } },
    select: { snapshot: true },
  });
  const before = base ? readSnapshot(item.kind, base.snapshot) : null;
  return { baseVersion: item.baseVersion, currentVersion, diff: diffContent(before, currentContent) };
}

// An approved part compared as its reviewer saw it: the version it replaced against the one
// it published. Against what is published now it would show nothing changed, or later edits.
async function approvedDiff(item: ReadItem): Promise<FieldDiff[] | null> {
  if (item.status !== "APPROVED" || !item.recordId) return null;
  const applied = await prisma.revision.findFirst({
    where: { changeItemId: item.id, recordType: item.kind, recordId: item.recordId },
    select: { version: true, snapshot: true },
  });
  if (!applied) return null;
  const replaced = await prisma.revision.findUnique({
    where: { recordType_recordId_version: { recordType: item.kind, recordId: item.recordId, version: applied.version - 1 } },
    select: { snapshot: true },
  });
  const before = replaced ? readSnapshot(item.kind, replaced.snapshot) : null;
  return diffContent(before, readSnapshot(item.kind, applied.snapshot));
}

// The citation parts of a change, by the record each cites ("ref:<item>" for a new one).
function citationsByRecord(items: ReadItem[]): Map<string, string[]> {
  const byRecord = new Map<string, string[]>();
  for (const item of items) {
    if (item.kind !== "CITATION" || item.operation !== "CREATE" || item.status !== "PENDING") continue;
    const cited = item.content.recordId;
    byRecord.set(cited, [...(byRecord.get(cited) ?? []), item.id]);
  }
  return byRecord;
}

async function reviewItem(
  item: ReadItem,
  keyClaims: KeyClaimStatus[],
  newRecords: Record<string, string>,
  citations: Map<string, string[]>,
): Promise<ItemReview> {
  const kind = recordKind(item.kind);
  const current = item.recordId ? await kind.load(prisma, item.recordId) : null;
  const isRemoval = item.operation === "DELETE" || item.operation === "MERGE";
  const contents = [current?.content, item.content].filter((content): content is object => !!content);
  const approved = await approvedDiff(item);
  const isNew = item.operation === "CREATE" && item.status !== "APPROVED";
  const [affectedPages, names, possiblySame] = await Promise.all([
    kind.affectedPages(prisma, item.recordId, contents),
    kind.referenceNames(prisma, contents),
    isNew && kind.possiblySame ? kind.possiblySame(prisma, item.content, item.changeRequestId) : [],
  ]);
  const diff = reviewable(kind, approved ?? diffContent(current?.content ?? null, isRemoval ? null : item.content));
  const stale = current && item.status !== "APPROVED" ? await staleSince(item, current.version, current.content) : null;
  const since = stale && { ...stale, diff: reviewable(kind, stale.diff) };
  // Only what the diffs show goes to the page: a place's country alone has two hundred labels,
  // and an import's batch names hundreds of new records.
  const shown = new Set(namedIn([diff, since?.diff]));
  return {
    id: item.id,
    label: kind.label,
    fieldLabels: kind.fieldLabels,
    valueLabels: onlyShown(valueLabelsOf(item, kind), shown),
    operation: item.operation,
    status: item.status,
    title: kind.titleOf(item.content, { ...newRecords, ...names }),
    recordId: item.recordId,
    diff,
    keyClaims: keyClaims.filter((claim) => claim.itemId === item.id),
    mergeInto: item.operation === "MERGE" ? ((await kind.load(prisma, item.mergeIntoId))?.title ?? "a removed record") : null,
    staleSince: since,
    affectedPages,
    possiblySame,
    citations: citations.get(item.operation === "CREATE" ? (item.ref ? refId(item.ref) : "") : (item.recordId ?? "")) ?? [],
    names: Object.fromEntries(Object.entries({ ...newRecords, ...names }).filter(([id]) => shown.has(id))),
    problem: null,
  };
}

// A comparison without the fields the kind keeps for itself.
function reviewable(kind: RecordKind<object>, diff: FieldDiff[]): FieldDiff[] {
  const internal = new Set<string>(kind.internalFields ?? []);
  return diff.filter((row) => !internal.has(row.field));
}

// Every value a diff can name: its strings, and each object as the JSON a kind names it by
// (an agreement's signatory line).
function namedIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(namedIn);
  if (value && typeof value === "object") return [JSON.stringify(value), ...Object.values(value).flatMap(namedIn)];
  return [];
}

function onlyShown(labels: Record<string, Record<string, string>>, shown: Set<string>) {
  return Object.fromEntries(
    Object.entries(labels).map(([field, values]) => [
      field,
      Object.fromEntries(Object.entries(values).filter(([value]) => shown.has(value))),
    ]),
  );
}

// A citation's field is worded by the kind of record it cites, as that kind describes it.
function valueLabelsOf(item: ReadItem, kind: RecordKind<object>): Record<string, Record<string, string>> {
  if (item.kind !== "CITATION") return kind.valueLabels;
  const { recordType } = item.content as { recordType: RecordType };
  return { ...kind.valueLabels, field: claimLabelsOf(recordType) };
}

function unreadableItem(row: ChangeItem, problem: string): ItemReview {
  const label = RECORD_TYPE_LABELS[row.recordType];
  return {
    id: row.id,
    label,
    fieldLabels: {},
    valueLabels: {},
    operation: row.operation,
    status: row.status,
    title: label,
    recordId: row.recordId,
    diff: [],
    mergeInto: null,
    keyClaims: [],
    staleSince: null,
    affectedPages: [],
    possiblySame: [],
    citations: [],
    names: {},
    problem,
  };
}

// How a record this change creates is named where other parts refer to it ("ref:event"),
// by the names of the published records it refers to (a new tie's places).
async function newRecordNames(items: ReadItem[]): Promise<Record<string, string>> {
  const created = items.flatMap((item) => (item.operation === "CREATE" && item.ref ? [[refId(item.ref), item] as const] : []));
  const names = await referencedNames(created.map(([, item]) => item));
  return {
    ...Object.fromEntries(
      created.map(([ref, item]) => [ref, `${recordKind(item.kind).titleOf(item.content, names)} (new in this change)`]),
    ),
    ...proposedNameTitles(items),
  };
}

// A name a citation in the change points at before it is stored (an article's spelling of a
// place) reads as the name and whose it is; a published one is named by its row instead.
function proposedNameTitles(items: ReadItem[]): Record<string, string> {
  return Object.fromEntries(
    items.flatMap((item) => {
      const { names } = item.content as { names?: { id?: string; text: string }[] };
      if (item.operation === "DELETE" || item.operation === "MERGE" || !Array.isArray(names)) return [];
      const owner = recordKind(item.kind).titleOf(item.content);
      return names.flatMap((name) => (name.id ? [[name.id, `${name.text}, a name of ${owner}`]] : []));
    }),
  );
}

// The parts of a change in review, or only those `shown` (ids) of a large one; `readings`
// are the rows read once, in their order.
async function reviewItems(rows: ChangeItem[], readings = rows.map(readChangeItem), shown?: Set<string>): Promise<ItemReview[]> {
  const isShown = (id: string) => !shown || shown.has(id);
  const readable = readings.flatMap((reading) => (reading.ok ? [reading.item] : []));
  const keyClaims = await keyClaimStatus(
    prisma,
    readable.filter((item) => item.status === "PENDING" && isShown(item.id)),
  );
  const newRecords = await newRecordNames(readable);
  const citations = citationsByRecord(readable);
  const items: ItemReview[] = [];
  for (const [i, reading] of readings.entries()) {
    if (!isShown(rows[i].id)) continue;
    items.push(reading.ok ? await reviewItem(reading.item, keyClaims, newRecords, citations) : unreadableItem(rows[i], reading.problem));
  }
  return items;
}

// A change larger than this (an import's batch of hundreds) is read as an overview, a random
// sample and pages of its parts: every part in full on one page would take seconds to open.
export const LARGE_CHANGE_ITEMS = 60;
export const ITEMS_PER_PAGE = 20;
const SAMPLE_RECORDS = 5;

export type ChangeOverview = {
  counts: { label: string; operation: ChangeOperation; count: number }[];
  // Published records the change points at (the places an import's ties reuse).
  published: string[];
  sample: ItemReview[];
  page: number;
  pages: number;
};

// The same sample each time the same version of a change is opened, so two reviewers (or a
// reload) see the same rows: a shuffle seeded by the change's id and revision.
function seededSample<T>(items: T[], size: number, seed: string): T[] {
  let state = [...seed].reduce((hash, ch) => (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0, 7);
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled.slice(0, size);
}

function countsOf(rows: ChangeItem[]) {
  const counts = new Map<string, { label: string; operation: ChangeOperation; count: number }>();
  for (const row of rows) {
    const key = `${row.recordType}|${row.operation}`;
    const entry = counts.get(key) ?? { label: RECORD_TYPE_LABELS[row.recordType], operation: row.operation, count: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  return [...counts.values()];
}

// The names of the published records the items point at, by id, a kind at a time.
async function referencedNames(items: ReadItem[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const kind of new Set(items.map((item) => item.kind))) {
    if (kind === "CITATION") continue;
    const contents = items.filter((item) => item.kind === kind).map((item) => item.content);
    Object.assign(names, await recordKind(kind).referenceNames(prisma, contents));
  }
  return names;
}

async function publishedReferences(items: ReadItem[]): Promise<string[]> {
  return [...new Set(Object.values(await referencedNames(items)))].sort((a, b) => a.localeCompare(b));
}

// A sampled record comes with the parts that point at it: a tie with its event and the
// passages cited for it.
function withTheirParts(rows: ChangeItem[], sampled: ChangeItem[]): Set<string> {
  const refs = new Set(sampled.flatMap((row) => (row.ref ? [`ref:${row.ref}`] : [])));
  const pointing = rows.filter((row) => Object.values(row.payload as object).some((value) => refs.has(value)));
  return new Set([...sampled, ...pointing].map((row) => row.id));
}

async function overviewOf(change: { id: string; revision: number; items: ChangeItem[] }, page: number) {
  const rows = change.items;
  const readings = rows.map(readChangeItem);
  const pages = Math.ceil(rows.length / ITEMS_PER_PAGE);
  const current = Math.min(Math.max(1, page), pages);
  const records = rows.filter((row) => row.recordType !== "CITATION");
  const sampled = withTheirParts(rows, seededSample(records, SAMPLE_RECORDS, `${change.id}:${change.revision}`));
  const overview: ChangeOverview = {
    counts: countsOf(rows),
    published: await publishedReferences(readings.flatMap((reading) => (reading.ok ? [reading.item] : []))),
    sample: await reviewItems(rows, readings, sampled),
    page: current,
    pages,
  };
  const shown = rows.slice((current - 1) * ITEMS_PER_PAGE, current * ITEMS_PER_PAGE).map((row) => row.id);
  return { overview, items: await reviewItems(rows, readings, new Set(shown)) };
}

// The page of a large change's parts an address asks for: a number from 1; anything else is the first.
export const pageNumber = (page: string | string[] | undefined) => (typeof page === "string" && /^\d{1,4}$/.test(page) ? Number(page) : 1);

// Everything the review and "my change" pages compare: each item's proposal against what
// is published now. Visible to its author and to reviewers. A large change's parts are read
// a page at a time (`page`, from 1), with an overview.
export async function getChangeDetail(actor: Actor, changeId: string, page = 1) {
  const change = await prisma.changeRequest.findUnique({
    where: { id: changeId },
    include: {
      author: { select: { id: true, name: true, email: true } },
      reviewer: { select: { name: true } },
      items: { orderBy: { sequence: "asc" } },
      comments: {
        orderBy: { createdAt: "asc" },
        include: { author: { select: { name: true } }, changeItem: { select: { recordType: true } } },
      },
    },
  });
  if (!change || (change.authorId !== actor.id && !can(actor, "change:review"))) return null;
  const large = change.items.length > LARGE_CHANGE_ITEMS ? await overviewOf(change, page) : null;
  return {
    change,
    items: large?.items ?? (await reviewItems(change.items)),
    overview: large?.overview ?? null,
    // For the author revising it: what the reviewers said about the version they returned.
    notes: latestReviewNotes(change, change.comments),
    canDecide: change.status === "SUBMITTED" && can(actor, "change:approve", change),
    canEdit: transition(change, "edit", actor).ok,
    canSubmit: transition(change, "submit", actor).ok,
    canWithdraw: transition(change, "withdraw", actor).ok,
    // A reviewer who reaches the change here is shown the way to its review page.
    canReview: transition(change, "approve", actor).ok,
  };
}
