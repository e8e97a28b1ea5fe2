import "server-only";
import { insertRows } from "@/lib/bulk-insert";
import { tieSchema, TIE_FIELD_LABELS, type TieInput } from "@/lib/tie-schema";
import { orderTiePair } from "@/lib/tie-timeline";
import { tiePath, tieTitle } from "@/lib/tie-path";
import { placeTag, tieTag, TIES_TAG } from "@/lib/cache-tags";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";
import { newRecordId } from "@/lib/record-id";

const placePage = { select: { name: true, slug: true } } as const;

const NOT_TWO_PLACES = "Both places of a tie must be published, and different.";
const TIE_REMOVED = "These two places had a tie that was removed; restore it from its history instead.";
const ALREADY_TIED = "These two places already have a tie: add the event to it instead.";

async function placesOf(tx: Tx, content: TieInput) {
  const places = await tx.place.findMany({
    where: { id: { in: [content.placeAId, content.placeBId] }, retiredAt: null },
    select: { id: true },
  });
  if (places.length !== 2) throw new RecordRefused(NOT_TWO_PLACES);
  return orderTiePair(content.placeAId, content.placeBId);
}

// A tie is one record per pair of places (placeAId < placeBId): its events carry its
// history, and its kind, status and "since" are derived from them (lib/tie-event-record.ts).
export const tieRecord: RecordKind<TieInput, "TIE"> = {
  recordType: "TIE",
  label: "Tie",
  fieldLabels: TIE_FIELD_LABELS,
  valueLabels: {},
  schema: tieSchema,
  // By its places' names when they are known (a change names them by id), else by its kind.
  titleOf: (content, names = {}) => {
    const [placeA, placeB] = [names[content.placeAId], names[content.placeBId]];
    return placeA && placeB ? tieTitle(placeA, placeB) : "Tie";
  },
  editPath: (id) => `/admin/ties/${id}`,
  // What a tie is and since when are the claims of its events.
  keyClaims: () => [],

  async load(tx, id) {
    const tie = await tx.tie.findFirst({ where: { id, retiredAt: null }, include: { placeA: placePage, placeB: placePage } });
    if (!tie) return null;
    const content: TieInput = { placeAId: tie.placeAId, placeBId: tie.placeBId, summary: tie.summary ?? "" };
    return {
      version: tie.version,
      title: tieTitle(tie.placeA.name, tie.placeB.name),
      content,
      publicPath: tiePath(tie.placeA.slug, tie.placeB.slug),
    };
  },

  async create(tx, content) {
    const [placeAId, placeBId] = await placesOf(tx, content);
    const existing = await tx.tie.findUnique({ where: { placeAId_placeBId: { placeAId, placeBId } }, select: { retiredAt: true } });
    if (existing && !existing.retiredAt) throw new RecordRefused(ALREADY_TIED);
    if (existing) throw new RecordRefused(TIE_REMOVED);
    const tie = await tx.tie.create({ data: { placeAId, placeBId, summary: content.summary || null }, select: { id: true } });
    return tie.id;
  },

  // The rules of `create` for many ties at once: the places published, no pair tied already
  // (or twice in the change).
  async createMany(tx, contents) {
    if (contents.some((content) => content.placeAId === content.placeBId)) throw new RecordRefused(NOT_TWO_PLACES);
    const pairs = contents.map((content) => orderTiePair(content.placeAId, content.placeBId));
    const placeIds = [...new Set(pairs.flat())];
    if ((await tx.place.count({ where: { id: { in: placeIds }, retiredAt: null } })) !== placeIds.length)
      throw new RecordRefused(NOT_TWO_PLACES);
    const existing = await tx.tie.findMany({
      where: { OR: pairs.map(([placeAId, placeBId]) => ({ placeAId, placeBId })) },
      select: { retiredAt: true },
    });
    if (existing.some((tie) => tie.retiredAt)) throw new RecordRefused(TIE_REMOVED);
    if (existing.length > 0 || new Set(pairs.map((pair) => pair.join("|"))).size < pairs.length) throw new RecordRefused(ALREADY_TIED);
    const rows = pairs.map(([placeAId, placeBId], i) => ({ id: newRecordId(), placeAId, placeBId, summary: contents[i].summary || null }));
    const now = new Date();
    await insertRows(
      tx,
      "Tie",
      rows.map((row) => ({ ...row, createdAt: now, updatedAt: now })),
    );
    return {
      records: rows.map((row) => ({
        id: row.id,
        version: 1,
        content: { placeAId: row.placeAId, placeBId: row.placeBId, summary: row.summary ?? "" },
      })),
      tags: [TIES_TAG, ...rows.flatMap((row) => [tieTag(row.id), placeTag(row.placeAId), placeTag(row.placeBId)])],
    };
  },

  async update(tx, id, content) {
    const current = await tx.tie.findUniqueOrThrow({ where: { id }, select: { placeAId: true, placeBId: true } });
    const [placeAId, placeBId] = await placesOf(tx, content);
    if (placeAId !== current.placeAId || placeBId !== current.placeBId) {
      throw new RecordRefused("A tie's places cannot change: propose a new tie, and remove this one if it was wrong.");
    }
    await tx.tie.update({ where: { id }, data: { summary: content.summary || null, version: { increment: 1 } } });
  },

  async retire(tx, id) {
    await tx.tie.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
  },

  async affectedPages(tx, id, contents) {
    const placeIds = contents.flatMap((content) => [content.placeAId, content.placeBId]);
    const places = await tx.place.findMany({ where: { id: { in: placeIds } }, ...placePage });
    const own = id ? await tieRecord.load(tx, id) : null;
    const ownPage = own?.publicPath ? [{ title: own.title, path: own.publicPath }] : [{ title: "The tie's page (new)", path: "" }];
    return [...ownPage, ...places.map((place) => ({ title: place.name, path: `/places/${place.slug}` }))];
  },

  async referenceNames(tx, contents) {
    const ids = contents.flatMap((content) => [content.placeAId, content.placeBId]);
    const places = await tx.place.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
    return Object.fromEntries(places.map((place) => [place.id, place.name]));
  },

  async publicTags(tx, id) {
    const tie = await tx.tie.findUnique({ where: { id }, select: { placeAId: true, placeBId: true } });
    return tie ? [TIES_TAG, tieTag(id), placeTag(tie.placeAId), placeTag(tie.placeBId)] : [TIES_TAG];
  },
};
