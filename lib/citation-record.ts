import "server-only";
import { passagePath } from "@/lib/source-parts";
import { insertRows } from "@/lib/bulk-insert";
import { anchorQuote } from "@/lib/quote-anchor";
import { citationSchema, CITATION_FIELD_LABELS, CITATION_RANK_LABELS, CLAIM_FIELD_LABELS, type CitationInput } from "@/lib/citation-schema";
import { claimPageTags, placesShowing, recordTitle, RECORD_TYPE_LABELS } from "@/lib/claim-pages";
import { sourceTag } from "@/lib/cache-tags";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";
import { newRecordId } from "@/lib/record-id";
import type { Citation } from "@/lib/generated/prisma/client";

// The exact quote, its context and offsets as they stand in the source's text now;
// refuses a passage the text does not contain.
// The texts of sources cited lately, as of their last update: approving an import's batch anchors hundreds
// of quotes in one 1.8 MB list, which is read once, not once a quote.
const recentTexts = new Map<string, { updatedAt: number; snapshot: string }>();

async function sourceText(tx: Tx, sourceId: string): Promise<string | null> {
  const source = await tx.source.findFirst({ where: { id: sourceId, retiredAt: null }, select: { updatedAt: true } });
  if (!source) return null;
  const updatedAt = source.updatedAt.getTime();
  const cached = recentTexts.get(sourceId);
  if (cached?.updatedAt === updatedAt) return cached.snapshot;
  const { snapshot } = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: { snapshot: true } });
  if (recentTexts.size >= 8) recentTexts.delete(recentTexts.keys().next().value!);
  recentTexts.set(sourceId, { updatedAt, snapshot });
  return snapshot;
}

export async function anchorInSource(tx: Tx, content: CitationInput) {
  return anchorIn(await publishedText(tx, content.sourceId), content);
}

async function publishedText(tx: Tx, sourceId: string): Promise<string> {
  const snapshot = await sourceText(tx, sourceId);
  if (snapshot === null) throw new RecordRefused("The cited source is not published.");
  return snapshot;
}

function anchorIn(snapshot: string, content: CitationInput) {
  const anchor = anchorQuote(snapshot, content.quote, {
    prefix: content.prefix,
    suffix: content.suffix,
    start: content.startOffset ?? undefined,
  });
  if (!anchor) throw new RecordRefused(`The quote “${content.quote.slice(0, 60)}” is not in the source's text.`);
  return anchor;
}

function citationColumns(snapshot: string, content: CitationInput) {
  const anchor = anchorIn(snapshot, content);
  return {
    recordType: content.recordType,
    recordId: content.recordId,
    field: content.field,
    sourceId: content.sourceId,
    quote: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    startOffset: anchor.start,
    endOffset: anchor.end,
    assertedValue: content.assertedValue || null,
    notation: content.notation || null,
    inferredReason: content.inferredReason || null,
    rank: content.rank,
    rankReason: content.rankReason || null,
    orphanedAt: null,
  };
}

type CitationColumns = Omit<Citation, "id" | "endOffset" | "orphanedAt" | "version" | "retiredAt" | "createdAt">;

// A stored citation as content of the kind.
function citationContent(citation: CitationColumns): CitationInput {
  return {
    recordType: citation.recordType,
    recordId: citation.recordId,
    field: citation.field,
    sourceId: citation.sourceId,
    quote: citation.quote,
    prefix: citation.prefix,
    suffix: citation.suffix,
    startOffset: citation.startOffset,
    assertedValue: citation.assertedValue ?? "",
    notation: citation.notation ?? "",
    inferredReason: citation.inferredReason ?? "",
    rank: citation.rank,
    rankReason: citation.rankReason ?? "",
  };
}

export const citationRecord: RecordKind<CitationInput, "CITATION"> = {
  recordType: "CITATION",
  label: "Citation",
  fieldLabels: CITATION_FIELD_LABELS,
  valueLabels: { recordType: RECORD_TYPE_LABELS, field: CLAIM_FIELD_LABELS, rank: CITATION_RANK_LABELS },
  // Only hints to find the quote again: approval anchors it afresh in the source's text.
  internalFields: ["prefix", "suffix", "startOffset"],
  schema: citationSchema,
  // A citation is corrected on the page of the record it backs.
  editPath: () => null,
  keyClaims: () => [],
  titleOf: (content) => `“${content.quote.length > 50 ? `${content.quote.slice(0, 50)}…` : content.quote}”`,

  async load(tx, id) {
    const citation = await tx.citation.findFirst({ where: { id, retiredAt: null } });
    if (!citation) return null;
    const content = citationContent(citation);
    return {
      version: citation.version,
      title: citationRecord.titleOf(content),
      content,
      publicPath: passagePath(citation.sourceId, citation),
    };
  },

  async create(tx, content) {
    const data = citationColumns(await publishedText(tx, content.sourceId), content);
    const citation = await tx.citation.create({ data, select: { id: true } });
    return citation.id;
  },

  // Many citations at once (an import's batch quoting hundreds of rows of one list): each
  // source's text read once. A claim about a record the approval has just created shows on
  // the pages that record's own tags name already.
  async createMany(tx, contents, { created }) {
    const sourceIds = [...new Set(contents.map((content) => content.sourceId))];
    const texts = new Map<string, string>();
    for (const sourceId of sourceIds) texts.set(sourceId, await publishedText(tx, sourceId));
    const rows = contents.map((content) => ({ id: newRecordId(), ...citationColumns(texts.get(content.sourceId)!, content) }));
    const now = new Date();
    await insertRows(
      tx,
      "Citation",
      rows.map((row) => ({ ...row, createdAt: now })),
    );
    const claims = new Map(rows.filter((row) => !created.has(row.recordId)).map((row) => [`${row.recordType}|${row.recordId}`, row]));
    const claimTags = [];
    for (const claim of claims.values()) claimTags.push(...(await claimPageTags(tx, claim.recordType, claim.recordId)));
    return {
      records: rows.map((row) => ({ id: row.id, version: 1, content: citationContent(row) })),
      tags: [...sourceIds.map(sourceTag), ...claimTags],
    };
  },

  async update(tx, id, content) {
    const data = citationColumns(await publishedText(tx, content.sourceId), content);
    await tx.citation.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  },

  async retire(tx, id) {
    await tx.citation.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
  },

  async affectedPages(tx, _id, contents) {
    const claims = contents.map((c) => ({ recordType: c.recordType, recordId: c.recordId }));
    const placeIds = (await Promise.all(claims.map((c) => placesShowing(tx, c.recordType, c.recordId)))).flat();
    const places = await tx.place.findMany({ where: { id: { in: placeIds } }, select: { name: true, slug: true } });
    return places.map((place) => ({ title: place.name, path: `/places/${place.slug}` }));
  },

  async referenceNames(tx, contents) {
    const names: Record<string, string> = {};
    const sources = await tx.source.findMany({ where: { id: { in: contents.map((c) => c.sourceId) } }, select: { id: true, title: true } });
    for (const source of sources) names[source.id] = source.title;
    for (const content of contents) {
      const title = await recordTitle(tx, content.recordType, content.recordId);
      if (title) names[content.recordId] = title;
    }
    return names;
  },

  async publicTags(tx, id) {
    const citation = await tx.citation.findUnique({ where: { id }, select: { recordType: true, recordId: true, sourceId: true } });
    if (!citation) return [];
    return [sourceTag(citation.sourceId), ...(await claimPageTags(tx, citation.recordType, citation.recordId))];
  },
};
