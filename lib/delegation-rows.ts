import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/record-kind";
import type { DelegationInput } from "@/lib/delegation-schema";
import { giftParties } from "@/lib/delegation-links";

type Writes<Entry> = {
  update: (id: string, entry: Entry, index: number) => Promise<unknown>;
  create: (entry: Entry, index: number) => Promise<unknown>;
  remove: (ids: string[]) => Promise<unknown>;
};

// An entry that names a row of this delegation (its `id`) and still names the same place,
// person or thing keeps that row, and so the citations of it: a stop moved up the
// itinerary or given its dates is still the stop the sources named. An entry naming
// another place is a new stop; rows no entry keeps are deleted, their citations retired.
async function saveRows<Row extends { id: string }, Entry extends { id?: string }>(
  tx: Tx,
  recordType: RecordType,
  rows: Row[],
  entries: Entry[],
  isSame: (row: Row, entry: Entry) => boolean,
  writes: Writes<Entry>,
) {
  const kept = new Set<string>();
  const rowIds = entries.map((entry) => {
    const row = rows.find((r) => r.id === entry.id && !kept.has(r.id) && isSame(r, entry));
    if (row) kept.add(row.id);
    return row?.id ?? null;
  });
  const gone = rows.filter((row) => !kept.has(row.id)).map((row) => row.id);
  if (gone.length > 0) {
    await tx.citation.updateMany({ where: { recordType, recordId: { in: gone }, retiredAt: null }, data: { retiredAt: new Date() } });
    await writes.remove(gone);
  }
  for (const [index, entry] of entries.entries()) {
    const id = rowIds[index];
    await (id ? writes.update(id, entry, index) : writes.create(entry, index));
  }
}

const orNull = (value: string) => value || null;

// Brings the delegation's members, stops, meetings, site visits and gifts in line with the
// content; the stops take the order given.
export async function saveDelegationRows(tx: Tx, delegationId: string, content: DelegationInput) {
  const where = { delegationId };
  const [members, stops, meetings, siteVisits, gifts] = await Promise.all([
    tx.delegationMember.findMany({ where }),
    tx.delegationStop.findMany({ where }),
    tx.delegationMeeting.findMany({ where }),
    tx.delegationSiteVisit.findMany({ where }),
    tx.delegationGift.findMany({ where }),
  ]);
  const inIds = (ids: string[]) => ({ where: { id: { in: ids } } });

  await saveRows(tx, "DELEGATION_MEMBER", members, content.members, (row, entry) => row.personId === entry.personId, {
    update: (id, { personId, positionId, title }) =>
      tx.delegationMember.update({ where: { id }, data: { personId, positionId, title: orNull(title) } }),
    create: ({ personId, positionId, title }) =>
      tx.delegationMember.create({ data: { ...where, personId, positionId, title: orNull(title) } }),
    remove: (ids) => tx.delegationMember.deleteMany(inIds(ids)),
  });

  const stopData = ({ placeId, startOn, endOn }: DelegationInput["stops"][number], index: number) => ({
    placeId,
    sequence: index + 1,
    startOn: orNull(startOn),
    endOn: orNull(endOn),
  });
  await saveRows(tx, "DELEGATION_STOP", stops, content.stops, (row, entry) => row.placeId === entry.placeId, {
    update: (id, entry, index) => tx.delegationStop.update({ where: { id }, data: stopData(entry, index) }),
    create: (entry, index) => tx.delegationStop.create({ data: { ...where, ...stopData(entry, index) } }),
    remove: (ids) => tx.delegationStop.deleteMany(inIds(ids)),
  });

  const meetingData = ({ id: _id, counterpartTitle, occurredOn, summary, ...links }: DelegationInput["meetings"][number]) => ({
    ...links,
    counterpartTitle: orNull(counterpartTitle),
    occurredOn: orNull(occurredOn),
    summary: orNull(summary),
  });
  const sameCounterpart = (row: { personId: string | null; organisationId: string | null }, entry: typeof row) =>
    row.personId === entry.personId && row.organisationId === entry.organisationId;
  await saveRows(tx, "DELEGATION_MEETING", meetings, content.meetings, sameCounterpart, {
    update: (id, entry) => tx.delegationMeeting.update({ where: { id }, data: meetingData(entry) }),
    create: (entry) => tx.delegationMeeting.create({ data: { ...where, ...meetingData(entry) } }),
    remove: (ids) => tx.delegationMeeting.deleteMany(inIds(ids)),
  });

  const visitData = ({ id: _id, occurredOn, ...fields }: DelegationInput["siteVisits"][number]) => ({
    ...fields,
    occurredOn: orNull(occurredOn),
  });
  await saveRows(tx, "DELEGATION_SITE_VISIT", siteVisits, content.siteVisits, (row, entry) => row.name === entry.name, {
    update: (id, entry) => tx.delegationSiteVisit.update({ where: { id }, data: visitData(entry) }),
    create: (entry) => tx.delegationSiteVisit.create({ data: { ...where, ...visitData(entry) } }),
    remove: (ids) => tx.delegationSiteVisit.deleteMany(inIds(ids)),
  });

  const partyOf = await giftParties(
    tx,
    content.gifts.flatMap((g) => [g.fromId, g.toId]).filter((id): id is string => !!id),
  );
  const giftData = ({ description, fromId, toId, occurredOn }: DelegationInput["gifts"][number]) => {
    const from = partyOf(fromId);
    const to = partyOf(toId);
    return {
      description,
      fromPlaceId: from.placeId,
      fromOrganisationId: from.organisationId,
      toPlaceId: to.placeId,
      toOrganisationId: to.organisationId,
      occurredOn: orNull(occurredOn),
    };
  };
  await saveRows(tx, "DELEGATION_GIFT", gifts, content.gifts, (row, entry) => row.description === entry.description, {
    update: (id, entry) => tx.delegationGift.update({ where: { id }, data: giftData(entry) }),
    create: (entry) => tx.delegationGift.create({ data: { ...where, ...giftData(entry) } }),
    remove: (ids) => tx.delegationGift.deleteMany(inIds(ids)),
  });
}
