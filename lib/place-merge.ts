import "server-only";
import { normalizeName } from "@/lib/names";
import { deriveTieState, orderTiePair } from "@/lib/tie-timeline";
import { RecordRefused, type Tx } from "@/lib/record-kind";

// A duplicate place's ties move to the place it duplicates; where both were tied to the
// same partner, the events join the one tie (a tie is one record per pair).
async function moveTies(tx: Tx, duplicateId: string, intoId: string) {
  const ties = await tx.tie.findMany({ where: { retiredAt: null, OR: [{ placeAId: duplicateId }, { placeBId: duplicateId }] } });
  for (const tie of ties) {
    const partnerId = tie.placeAId === duplicateId ? tie.placeBId : tie.placeAId;
    if (partnerId === intoId) {
      await tx.tie.update({ where: { id: tie.id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
      continue;
    }
    const [placeAId, placeBId] = orderTiePair(intoId, partnerId);
    const existing = await tx.tie.findUnique({ where: { placeAId_placeBId: { placeAId, placeBId } } });
    if (!existing) {
      await tx.tie.update({ where: { id: tie.id }, data: { placeAId, placeBId, version: { increment: 1 } } });
      continue;
    }
    await tx.tieEvent.updateMany({ where: { tieId: tie.id }, data: { tieId: existing.id } });
    await tx.citation.updateMany({ where: { recordType: "TIE", recordId: tie.id }, data: { recordId: existing.id } });
    await tx.tie.update({ where: { id: tie.id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
    const events = await tx.tieEvent.findMany({ where: { tieId: existing.id } });
    await tx.tie.update({ where: { id: existing.id }, data: { ...deriveTieState(events), version: { increment: 1 } } });
  }
}

// Everything else that points at a place simply points at the other one.
async function repoint(tx: Tx, from: string, to: string) {
  const updates = [
    () => tx.place.updateMany({ where: { parentId: from }, data: { parentId: to } }),
    () => tx.agreementParty.updateMany({ where: { placeId: from }, data: { placeId: to } }),
    () => tx.agreement.updateMany({ where: { venuePlaceId: from }, data: { venuePlaceId: to } }),
    () => tx.delegation.updateMany({ where: { sendingPlaceId: from }, data: { sendingPlaceId: to } }),
    () => tx.delegationStop.updateMany({ where: { placeId: from }, data: { placeId: to } }),
    () => tx.delegationMeeting.updateMany({ where: { placeId: from }, data: { placeId: to } }),
    () => tx.delegationSiteVisit.updateMany({ where: { placeId: from }, data: { placeId: to } }),
    () => tx.delegationGift.updateMany({ where: { fromPlaceId: from }, data: { fromPlaceId: to } }),
    () => tx.delegationGift.updateMany({ where: { toPlaceId: from }, data: { toPlaceId: to } }),
    // An event held in both keeps one row for the surviving place.
    () => tx.eventPlace.deleteMany({ where: { placeId: from, event: { places: { some: { placeId: to } } } } }),
    () => tx.eventPlace.updateMany({ where: { placeId: from }, data: { placeId: to } }),
    () => tx.position.updateMany({ where: { placeId: from }, data: { placeId: to } }),
    () => tx.organisation.updateMany({ where: { placeId: from }, data: { placeId: to } }),
    () => tx.figure.updateMany({ where: { placeId: from }, data: { placeId: to } }),
    () => tx.citation.updateMany({ where: { recordType: "PLACE", recordId: from }, data: { recordId: to } }),
  ];
  for (const update of updates) await update();
}

// Merging keeps every name: the duplicate's names move over (no longer preferred), and its
// English name becomes an alias, each still traceable to the citations that used it.
export async function mergePlace(tx: Tx, duplicateId: string, intoId: string) {
  const [duplicate, into] = await Promise.all([
    tx.place.findFirst({ where: { id: duplicateId, retiredAt: null } }),
    tx.place.findFirst({ where: { id: intoId, retiredAt: null } }),
  ]);
  if (!duplicate || !into || duplicateId === intoId) throw new RecordRefused("Both places must be published, and different, to merge.");
  await tx.name.updateMany({ where: { placeId: duplicateId }, data: { placeId: intoId, isPreferred: false } });
  if (duplicate.name !== into.name) {
    await tx.name.create({
      data: { placeId: intoId, text: duplicate.name, normalized: normalizeName(duplicate.name), lang: "en", kind: "ALIAS" },
    });
  }
  await moveTies(tx, duplicateId, intoId);
  await repoint(tx, duplicateId, intoId);
  await tx.place.update({ where: { id: duplicateId }, data: { retiredAt: new Date(), mergedIntoId: intoId, version: { increment: 1 } } });
  await tx.place.update({ where: { id: intoId }, data: { version: { increment: 1 } } });
}
