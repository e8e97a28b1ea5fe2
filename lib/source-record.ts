import "server-only";
import { sourceRecordSchema, SOURCE_FIELD_LABELS, SOURCE_KIND_LABELS, type SourceInput } from "@/lib/source-schema";
import { LANGUAGE_LABELS } from "@/lib/names";
import { normalizeSourceUrl, snapshotHash } from "@/lib/source-text";
import { sourceTag, SOURCES_TAG } from "@/lib/cache-tags";
import type { RecordKind, Tx } from "@/lib/record-kind";
import { anchorQuote } from "@/lib/quote-anchor";
import { indexSourceTitle } from "@/lib/search-index";
import { indexSourcePassages } from "@/lib/source-passages";
import { findSameTitledSources } from "@/lib/source-same-title";

function sourceColumns(content: SourceInput) {
  return {
    url: content.url ? normalizeSourceUrl(content.url) : null,
    title: content.title,
    publisher: content.publisher || null,
    lang: content.lang,
    kind: content.kind,
    publishedOn: content.publishedOn || null,
    accessedOn: content.accessedOn || null,
    snapshot: content.snapshot,
    snapshotHash: snapshotHash(content.snapshot),
  };
}

// When a source's text is replaced, every quote is found again in the new text; one that
// no longer occurs is flagged as orphaned, never silently dropped.
async function reanchorCitations(tx: Tx, sourceId: string, snapshot: string) {
  const citations = await tx.citation.findMany({ where: { sourceId, retiredAt: null } });
  for (const citation of citations) {
    const anchor = anchorQuote(snapshot, citation.quote, {
      prefix: citation.prefix,
      suffix: citation.suffix,
      start: citation.startOffset ?? undefined,
    });
    await tx.citation.update({
      where: { id: citation.id },
      data: anchor
        ? { prefix: anchor.prefix, suffix: anchor.suffix, startOffset: anchor.start, endOffset: anchor.end, orphanedAt: null }
        : { orphanedAt: citation.orphanedAt ?? new Date() },
    });
  }
}

export const sourceRecord: RecordKind<SourceInput, "SOURCE"> = {
  recordType: "SOURCE",
  label: "Source",
  fieldLabels: SOURCE_FIELD_LABELS,
  valueLabels: { lang: LANGUAGE_LABELS, kind: SOURCE_KIND_LABELS },
  schema: sourceRecordSchema,
  titleOf: (content) => content.title,
  editPath: (id) => `/admin/sources/${id}/edit`,
  keyClaims: () => [],

  async load(tx, id) {
    const source = await tx.source.findFirst({ where: { id, retiredAt: null } });
    if (!source) return null;
    const content: SourceInput = {
      url: source.url ?? "",
      title: source.title,
      publisher: source.publisher ?? "",
      lang: source.lang ?? "en",
      kind: source.kind,
      publishedOn: source.publishedOn ?? "",
      accessedOn: source.accessedOn ?? "",
      snapshot: source.snapshot,
    };
    return { version: source.version, title: source.title, content, publicPath: `/sources/${source.id}` };
  },

  async create(tx, content) {
    const columns = sourceColumns(content);
    // A removed source keeps its history but gives up its address to the new one.
    if (columns.url) await tx.source.updateMany({ where: { url: columns.url, retiredAt: { not: null } }, data: { url: null } });
    const source = await tx.source.create({ data: columns, select: { id: true } });
    await indexSourceTitle(tx, source.id);
    await indexSourcePassages(tx, source.id, content.snapshot);
    return source.id;
  },

  async update(tx, id, content) {
    await tx.source.update({ where: { id }, data: { ...sourceColumns(content), version: { increment: 1 } } });
    await indexSourceTitle(tx, id);
    await indexSourcePassages(tx, id, content.snapshot);
    await reanchorCitations(tx, id, content.snapshot);
  },

  async retire(tx, id) {
    await tx.source.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
    await indexSourceTitle(tx, id);
  },

  async affectedPages(tx, id, contents) {
    const title = contents.at(-1)?.title ?? "Source";
    return [{ title: id ? title : `${title} (new source page)`, path: id ? `/sources/${id}` : "" }];
  },

  async referenceNames() {
    return {};
  },

  // Every page footnoting this source carries its tag (lib/place-profile.ts).
  async publicTags(_tx, id) {
    return [SOURCES_TAG, sourceTag(id)];
  },

  possiblySame: (tx, content, changeId) => findSameTitledSources(tx, content, { changeId }),
};
