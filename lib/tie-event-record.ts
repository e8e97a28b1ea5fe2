import "server-only";
import { insertRows } from "@/lib/bulk-insert";
import type { TieEvent } from "@/lib/generated/prisma/client";
import { tieEventKeyClaims, tieEventSchema, TIE_EVENT_FIELD_LABELS, type TieEventInput } from "@/lib/tie-event-schema";
import { deriveTieState, TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { tieTitle } from "@/lib/tie-path";
import { placeTag, tieTag, TIES_TAG } from "@/lib/cache-tags";
import { agreementTitle } from "@/lib/agreement-kinds";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";
import { newRecordId } from "@/lib/record-id";

// A tie is one timeline: any change to one of its events moves the tie's version (so
// concurrent edits of the same tie are detected) and re-derives its kind, status and date.
async function refreshTie(tx: Tx, tieId: string) {
  const events = await tx.tieEvent.findMany({ where: { tieId }, select: { type: true, kind: true, occurredOn: true } });
  await tx.tie.update({ where: { id: tieId }, data: { ...deriveTieState(events), version: { increment: 1 } } });
}

function eventColumns(content: TieEventInput) {
  return {
    type: content.type,
    kind: content.kind,
    term: content.term || null,
    occurredOn: content.occurredOn || null,
    note: content.note || null,
    agreementId: content.agreementId ?? null,
  };
}

const tiePlaceNames = { select: { placeA: { select: { name: true } }, placeB: { select: { name: true } } } } as const;

type EventColumns = Pick<TieEvent, "tieId" | "type" | "kind" | "term" | "occurredOn" | "note" | "agreementId">;

function eventContent(event: EventColumns): TieEventInput {
  return {
    tieId: event.tieId,
    type: event.type,
    kind: event.kind,
    term: event.term ?? "",
    occurredOn: event.occurredOn ?? "",
    note: event.note ?? "",
    agreementId: event.agreementId,
  };
}

async function tieOf(tx: Tx, tieId: string) {
  return tx.tie.findFirst({
    where: { id: tieId, retiredAt: null },
    select: {
      id: true,
      placeAId: true,
      placeBId: true,
      placeA: { select: { name: true, slug: true } },
      placeB: { select: { name: true, slug: true } },
    },
  });
}

export const tieEventRecord: RecordKind<TieEventInput, "TIE_EVENT"> = {
  recordType: "TIE_EVENT",
  label: "Tie event",
  fieldLabels: TIE_EVENT_FIELD_LABELS,
  valueLabels: { type: TIE_EVENT_LABELS, kind: TIE_KIND_LABELS },
  schema: tieEventSchema,
  titleOf: (content) => `${TIE_EVENT_LABELS[content.type]}${content.occurredOn ? `, ${content.occurredOn}` : ""}`,
  editPath: (id, content) => `/admin/ties/${content.tieId}/events/${id}/edit`,
  keyClaims: tieEventKeyClaims,

  async listPublished(db) {
    const events = await db.tieEvent.findMany({ where: { tie: { retiredAt: null } }, include: { tie: tiePlaceNames } });
    return events.map((event) => {
      const content = eventContent(event);
      return { id: event.id, title: `${event.tie.placeA.name}–${event.tie.placeB.name}, ${tieEventRecord.titleOf(content)}`, content };
    });
  },

  async load(tx, id) {
    const event = await tx.tieEvent.findUnique({ where: { id }, include: { tie: { select: { version: true, retiredAt: true } } } });
    if (!event || event.tie.retiredAt) return null;
    const content = eventContent(event);
    return { version: event.tie.version, title: tieEventRecord.titleOf(content), content, publicPath: null };
  },

  async create(tx, content) {
    if (!(await tieOf(tx, content.tieId))) throw new RecordRefused("The tie this event belongs to is no longer published.");
    const event = await tx.tieEvent.create({ data: { tieId: content.tieId, ...eventColumns(content) }, select: { id: true } });
    await refreshTie(tx, content.tieId);
    return event.id;
  },

  // Many events at once (an import's "listed as twinned" for each new tie): each tie's version
  // moves once an event and its state is derived again, in one statement for all the ties.
  async createMany(tx, contents) {
    const tieIds = [...new Set(contents.map((content) => content.tieId))];
    const ties = await tx.tie.findMany({
      where: { id: { in: tieIds }, retiredAt: null },
      select: { id: true, version: true, placeAId: true, placeBId: true },
    });
    if (ties.length !== tieIds.length) throw new RecordRefused("The tie this event belongs to is no longer published.");
    const rows = contents.map((content) => ({ id: newRecordId(), tieId: content.tieId, ...eventColumns(content) }));
    const now = new Date();
    await insertRows(
      tx,
      "TieEvent",
      rows.map((row) => ({ ...row, createdAt: now })),
    );
    const versions = new Map(ties.map((tie) => [tie.id, tie.version]));
    const records = rows.map((row) => {
      const version = versions.get(row.tieId)! + 1;
      versions.set(row.tieId, version);
      return { id: row.id, version, content: eventContent(row) };
    });
    const events = await tx.tieEvent.findMany({
      where: { tieId: { in: tieIds } },
      select: { tieId: true, type: true, kind: true, occurredOn: true },
    });
    const timelines = new Map(tieIds.map((id) => [id, [] as typeof events]));
    for (const event of events) timelines.get(event.tieId)!.push(event);
    const states = Object.fromEntries(tieIds.map((id) => [id, { ...deriveTieState(timelines.get(id)!), version: versions.get(id) }]));
    await tx.$executeRaw`UPDATE "Tie" SET "kind" = j.value ->> 'kind', "status" = j.value ->> 'status',
      "establishedOn" = j.value ->> 'establishedOn', "version" = j.value ->> 'version', "updatedAt" = ${now}
      FROM json_each(${JSON.stringify(states)}) AS j WHERE "Tie"."id" = j.key`;
    return { records, tags: [TIES_TAG, ...ties.flatMap((tie) => [tieTag(tie.id), placeTag(tie.placeAId), placeTag(tie.placeBId)])] };
  },

  async update(tx, id, content) {
    await tx.tieEvent.update({ where: { id }, data: eventColumns(content) });
    await refreshTie(tx, content.tieId);
  },

  async retire(tx, id) {
    const event = await tx.tieEvent.delete({ where: { id }, select: { tieId: true } });
    await refreshTie(tx, event.tieId);
  },

  async affectedPages(tx, _id, contents) {
    const tie = contents[0] ? await tieOf(tx, contents[0].tieId) : null;
    return tie ? [tie.placeA, tie.placeB].map((p) => ({ title: p.name, path: `/places/${p.slug}` })) : [];
  },

  async referenceNames(tx, contents) {
    const tie = contents[0] ? await tieOf(tx, contents[0].tieId) : null;
    const agreementIds = contents.flatMap((content) => (content.agreementId ? [content.agreementId] : []));
    const agreements = await tx.agreement.findMany({
      where: { id: { in: agreementIds } },
      select: { id: true, title: true, kind: true, signedOn: true },
    });
    const named = Object.fromEntries(agreements.map((agreement) => [agreement.id, agreementTitle(agreement)]));
    return tie ? { ...named, [tie.id]: tieTitle(tie.placeA.name, tie.placeB.name) } : named;
  },

  async publicTags(tx, id) {
    const event = await tx.tieEvent.findUnique({
      where: { id },
      select: { tieId: true, tie: { select: { placeAId: true, placeBId: true } } },
    });
    return event ? [TIES_TAG, tieTag(event.tieId), placeTag(event.tie.placeAId), placeTag(event.tie.placeBId)] : [];
  },
};
