import "server-only";
import { prisma } from "@/lib/db";
import { openedVersion, saveProposal } from "@/lib/change-request";
import { sourceRecord } from "@/lib/source-record";
import { normalizeSourceUrl, snapshotHash } from "@/lib/source-text";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import { sourceSchema, type SourceDetails, type SourceInput } from "@/lib/source-schema";
import { findSourcesByTitle } from "@/lib/name-search";
import { keysetQuery, PAGE_SIZE, pageOf, type PageRequest } from "@/lib/keyset";
import { inIdOrder } from "@/lib/list-search";
import { PART_CHARS, partCount, partRange } from "@/lib/source-parts";

export type ExistingSource = { id: string; title: string; isPending: boolean };

// What to leave out of the search: the source being corrected, and the change being
// revised (its own pending proposal is not "another" registration of the source).
type Except = { sourceId?: string; changeId?: string };

// Stored payloads are parsed, not trusted: only what matching needs.
const pendingSourceSchema = sourceSchema.pick({ url: true, title: true, snapshot: true });

// The same address or the same text is one source: find it among the published sources
// and among proposals still waiting for review.
export async function findExistingSource(
  input: Pick<SourceInput, "url" | "snapshot">,
  except: Except = {},
): Promise<ExistingSource | null> {
  const url = input.url ? normalizeSourceUrl(input.url) : null;
  const hash = snapshotHash(input.snapshot);
  const published = await prisma.source.findFirst({
    where: { retiredAt: null, id: { not: except.sourceId }, OR: [...(url ? [{ url }] : []), { snapshotHash: hash }] },
    select: { id: true, title: true },
  });
  if (published) return { ...published, isPending: false };
  const pending = await prisma.changeItem.findMany({
    where: {
      recordType: "SOURCE",
      operation: "CREATE",
      status: "PENDING",
      changeRequest: { id: { not: except.changeId }, status: { in: ["DRAFT", "SUBMITTED"] } },
    },
    select: { changeRequestId: true, payload: true },
  });
  for (const { changeRequestId, payload } of pending) {
    const proposed = pendingSourceSchema.safeParse(payload);
    if (!proposed.success) continue;
    const { url: proposedUrl, title, snapshot } = proposed.data;
    if ((url && proposedUrl && normalizeSourceUrl(proposedUrl) === url) || snapshotHash(snapshot) === hash)
      return { id: changeRequestId, title, isPending: true };
  }
  return null;
}

export type SourceProposal = { changeId: string } | { existing: ExistingSource };

// A new source is proposed for review like any record; a known one is pointed out instead.
// With `changeId` the author's own proposal is revised.
export async function proposeSource(actor: Actor, input: SourceInput, changeId?: string): Promise<ActionResult<SourceProposal>> {
  const existing = await findExistingSource(input, { changeId });
  if (existing) return { ok: true, data: { existing } };
  const saved = await saveProposal(
    actor,
    {
      title: `New source: ${input.title}`,
      submit: true,
      items: [{ recordType: "SOURCE", operation: "CREATE", ref: "source", payload: input }],
    },
    changeId,
  );
  return saved.ok ? { ok: true, data: saved.data && { changeId: saved.data.id } } : saved;
}

// `changeId`: the author's own change this revises; `baseVersion`: the version of the
// source the form opened.
export type SourceEditTarget = { changeId?: string; baseVersion?: number };

// Correcting a source (its address, its metadata, or a fuller text) is reviewed like any
// edit; approving it re-anchors every quote in the new text. Prepared on the version the
// form opened, so that a correction approved meanwhile is merged, not silently undone.
// Details without a text keep the text as stored (a list longer than the form holds).
export async function proposeSourceEdit(
  actor: Actor,
  sourceId: string,
  details: SourceInput | SourceDetails,
  { changeId, baseVersion }: SourceEditTarget = {},
): Promise<ActionResult<{ id: string }>> {
  const current = await sourceRecord.load(prisma, sourceId);
  if (!current) return { ok: false, formError: "This source is no longer published." };
  const input: SourceInput = "snapshot" in details ? details : { ...details, snapshot: current.content.snapshot };
  const other = await findExistingSource(input, { sourceId, changeId });
  if (other && !other.isPending) return { ok: false, fieldErrors: { url: `Another source has this address or text: ${other.title}` } };
  const item = {
    recordType: "SOURCE" as const,
    operation: "UPDATE" as const,
    recordId: sourceId,
    baseVersion: openedVersion(baseVersion, current.version),
    payload: input,
  };
  return saveProposal(actor, { title: `Edit source: ${input.title}`, submit: true, items: [item] }, changeId);
}

export async function getSourceForEditing(id: string) {
  return sourceRecord.load(prisma, id);
}

const listed = { id: true, title: true, publisher: true, publishedOn: true, kind: true, url: true } as const;

// The editors' list: sources with a word of their title starting with the query, or else
// all of them A–Z, a page at a time.
export async function listSources(query: string, request: PageRequest) {
  const q = query.trim();
  if (q) {
    const ids = (await findSourcesByTitle(prisma, q, { limit: PAGE_SIZE })).map((match) => match.recordId);
    const rows = inIdOrder(ids, await prisma.source.findMany({ where: { id: { in: ids } }, select: listed }));
    return { rows: await withCitationCounts(rows), previous: null, next: null };
  }
  const page = keysetQuery("title", request);
  const rows = await prisma.source.findMany({
    where: { AND: [{ retiredAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: listed,
  });
  const { rows: sources, previous, next } = pageOf(rows, request, (row) => [row.title, row.id]);
  return { rows: await withCitationCounts(sources), previous, next };
}

// Counted for the page's sources only: a relation `_count` groups the whole citation table.
async function withCitationCounts<T extends { id: string }>(sources: T[]) {
  const counts = await prisma.citation.groupBy({
    by: ["sourceId"],
    where: { sourceId: { in: sources.map((source) => source.id) } },
    _count: { _all: true },
  });
  const citations = new Map(counts.map((count) => [count.sourceId, count._count._all]));
  return sources.map((source) => ({ ...source, citations: citations.get(source.id) ?? 0 }));
}

// Public: one part of a source (lib/source-parts.ts), its stretch of the text and the claims
// whose quotes begin in it; the first part also lists the claims quoted from nowhere in it.
// The stretch runs on to the end of its last quote, so that no quote is cut.
export async function getSourcePage(id: string, part = 0) {
  const source = await prisma.source.findFirst({
    where: { id, retiredAt: null },
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedOn: true,
      accessedOn: true,
      url: true,
      kind: true,
      lang: true,
      snapshot: true,
      citations: {
        where: { retiredAt: null, OR: [{ startOffset: partRange(part) }, ...(part === 0 ? [{ startOffset: null }] : [])] },
        orderBy: [{ startOffset: "asc" }, { id: "asc" }],
        select: {
          id: true,
          recordType: true,
          recordId: true,
          field: true,
          quote: true,
          assertedValue: true,
          startOffset: true,
          endOffset: true,
          rank: true,
          orphanedAt: true,
        },
      },
    },
  });
  if (!source) return null;
  const { snapshot, ...rest } = source;
  const start = part * PART_CHARS;
  const end = Math.max(start + PART_CHARS, ...source.citations.map((c) => c.endOffset ?? 0));
  return {
    ...rest,
    part,
    parts: partCount(snapshot.length),
    text: { start, value: snapshot.slice(start, end), isCut: end < snapshot.length },
  };
}
