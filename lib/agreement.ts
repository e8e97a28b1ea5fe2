import "server-only";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { openedVersion, saveProposal, type ProposedItem } from "@/lib/change-request";
import { citationItems, proposedCitation, type CitedClaim } from "@/lib/claim-citations";
import { refId } from "@/lib/citation-policy";
import { agreementRecord, partiesOf, unpublishedOccasions } from "@/lib/agreement-record";
import { changedFields, diffContent } from "@/lib/record-diff";
import {
  AGREEMENT_CLAIMS,
  agreementTieEventSchema,
  storedAgreementSchema,
  uncitedAgreement,
  type AgreementCitations,
  type AgreementFormValues,
  type AgreementInput,
} from "@/lib/agreement-schema";
import { tieEventSchema } from "@/lib/tie-event-schema";
import { orderTiePair } from "@/lib/tie-timeline";
import { pickedRecords } from "@/lib/picked-records";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import { findByName } from "@/lib/name-search";
import { keysetQuery, PAGE_SIZE, pageOf, type PageRequest } from "@/lib/keyset";
import { foundIds, inIdOrder } from "@/lib/list-search";

// Refs inside the change: the new agreement, and the tie event (with its tie, when the two
// places have none yet) that the agreement brings about.
const AGREEMENT_REF = "agreement";
const TIE_REF = "tie";
const TIE_EVENT_REF = "tie-event";

const listed = { id: true, title: true, kind: true, signedOn: true, slug: true, updatedAt: true } as const;

// The editors' list: agreements whose title holds the query or whose party's name (in any
// script) starts with it; or else all of them, most recently changed first, a page at a time.
export async function listAgreementsForEditing(query: string, request: PageRequest) {
  const q = query.trim();
  if (q) {
    const ids = foundIds(await agreementsTitled(q), await agreementsOfParties(q));
    return {
      rows: inIdOrder(ids, await prisma.agreement.findMany({ where: { id: { in: ids } }, select: listed })),
      previous: null,
      next: null,
    };
  }
  const page = keysetQuery("updatedAt", request, (text) => new Date(text), "desc");
  const rows = await prisma.agreement.findMany({
    where: { AND: [{ retiredAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: listed,
  });
  return pageOf(rows, request, (row) => [row.updatedAt.toISOString(), row.id]);
}

// Titles are not in the name index (most agreements have none): read through, newest first.
async function agreementsTitled(q: string) {
  const rows = await prisma.agreement.findMany({
    where: { retiredAt: null, title: { contains: q } },
    orderBy: { updatedAt: "desc" },
    take: PAGE_SIZE,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

// Agreements between the places or organisations found by name, read from the parties'
// side (indexed by place and organisation), not by testing every agreement.
async function agreementsOfParties(q: string) {
  const parties = (await findByName(prisma, q, { recordTypes: ["PLACE", "ORGANISATION"], limit: PAGE_SIZE })).map((m) => m.recordId);
  if (parties.length === 0) return [];
  const rows = await prisma.agreementParty.findMany({
    where: { OR: [{ placeId: { in: parties } }, { organisationId: { in: parties } }], agreement: { retiredAt: null } },
    take: PAGE_SIZE * 2,
    select: { agreementId: true },
  });
  return rows.map((row) => row.agreementId);
}

// The published agreement in the form's shape, for an edit proposal.
export async function getAgreementForEditing(id: string) {
  return agreementRecord.load(prisma, id);
}

// The records the form's values name, as its pickers show them, keyed by id.
export async function getAgreementPicks(values: AgreementFormValues) {
  const citations = Object.values(values.citations).map((citation) => citation.sourceId);
  return pickedRecords({
    PLACE: [...values.parties, values.venuePlaceId],
    ORGANISATION: values.parties,
    PERSON: values.signatories.map((signatory) => signatory.personId),
    SOURCE: citations,
    DELEGATION: [values.delegationId],
    EVENT: [values.eventId],
  });
}

async function checkAgreement(input: AgreementInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const { unknown } = await partiesOf(prisma, input.parties);
  input.parties.forEach((party, i) => {
    if (unknown.includes(party)) errors[`parties.${i}`] = "This place or organisation is not published; choose another.";
  });
  const people = await prisma.person.findMany({
    where: { id: { in: input.signatories.map((s) => s.personId) }, retiredAt: null },
    select: { id: true },
  });
  input.signatories.forEach((signatory, i) => {
    if (!people.some((p) => p.id === signatory.personId))
      errors[`signatories.${i}.personId`] = "This person is not published; choose another.";
  });
  if (input.venuePlaceId && !(await prisma.place.count({ where: { id: input.venuePlaceId, retiredAt: null } }))) {
    errors.venuePlaceId = "This place is not published; choose another.";
  }
  const occasions = await unpublishedOccasions(prisma, input);
  if (occasions.delegation) errors.delegationId = "This visit is not published; choose another.";
  if (occasions.event) errors.eventId = "This event is not published; choose another.";
  return errors;
}

// Which proposal the form saves: a new agreement, an edit of a published one, or a revision
// of the editor's own draft or returned change.
export type AgreementProposalTarget = { agreementId?: string; changeId?: string; baseVersion?: number };

// The agreement's own item: a creation, or an edit against the version published now (none
// when nothing changed, unless a tie event is proposed with it). Null when retired.
async function agreementItems(input: AgreementInput, { agreementId, baseVersion }: AgreementProposalTarget, withTie: boolean) {
  if (!agreementId) return [{ recordType: "AGREEMENT", operation: "CREATE", ref: AGREEMENT_REF, payload: input }] satisfies ProposedItem[];
  const current = await agreementRecord.load(prisma, agreementId);
  if (!current) return null;
  if (!withTie && changedFields(diffContent(current.content, input)).length === 0) return [];
  const prepared = openedVersion(baseVersion, current.version);
  return [
    { recordType: "AGREEMENT", operation: "UPDATE", recordId: agreementId, baseVersion: prepared, payload: input },
  ] satisfies ProposedItem[];
}

type TieItems = { items: ProposedItem[]; claims: CitedClaim[] } | { error: FieldErrors };

// The tie event the agreement brings about, between its two parties when both are places:
// added to their tie, or to a new one when they have none. Dated as the agreement, so the
// passage for the signing date supports the event's date too.
async function tieItems({ tieEvent, parties, signedOn, citations }: AgreementFormValues, agreementId: string): Promise<TieItems> {
  if (!tieEvent) return { items: [], claims: [] };
  const { parties: found, unknown } = await partiesOf(prisma, parties);
  if (parties.length !== 2 || unknown.length > 0 || found.some((party) => !party.placeId)) {
    return { error: { "tieEvent.type": "A tie joins two places: the agreement needs exactly two parties, both places." } };
  }
  const [placeAId, placeBId] = orderTiePair(parties[0], parties[1]);
  const tie = await prisma.tie.findUnique({ where: { placeAId_placeBId: { placeAId, placeBId } }, select: { id: true, retiredAt: true } });
  if (tie?.retiredAt) return { error: { "tieEvent.type": "These places had a tie that was removed; restore it from its history first." } };
  const items: ProposedItem[] = tie
    ? []
    : [{ recordType: "TIE", operation: "CREATE", ref: TIE_REF, payload: { placeAId, placeBId, summary: "" } }];
  const event = { ...tieEvent, tieId: tie?.id ?? refId(TIE_REF), occurredOn: signedOn, note: "", agreementId };
  items.push({ recordType: "TIE_EVENT", operation: "CREATE", ref: TIE_EVENT_REF, payload: event });
  const eventId = refId(TIE_EVENT_REF);
  const claims: CitedClaim[] = [
    { recordType: "TIE_EVENT", recordId: eventId, field: "kind", citation: citations.tieKind, path: "citations.tieKind" },
  ];
  if (signedOn)
    claims.push({
      recordType: "TIE_EVENT",
      recordId: eventId,
      field: "occurredOn",
      citation: citations.signedOn,
      path: "citations.signedOn",
    });
  return { items, claims };
}

// A proposal only: nothing public changes until a reviewer approves it. The passages for
// the key claims (kind, date, parties) and the tie event go in the same change, so one
// review meets the citation policy (lib/citation-policy.ts) and approves them together.
export async function proposeAgreement(
  actor: Actor,
  values: AgreementFormValues,
  target: AgreementProposalTarget,
  submit: boolean,
): Promise<ActionResult<{ id: string }>> {
  const { citations, tieEvent: _tieEvent, ...input } = values;
  const items = await agreementItems(input, target, values.tieEvent !== null);
  if (!items) return { ok: false, formError: "This agreement is no longer published." };
  const recordId = target.agreementId ?? refId(AGREEMENT_REF);
  const tie = await tieItems(values, recordId);
  if ("error" in tie) return { ok: false, fieldErrors: tie.error };
  const claims = AGREEMENT_CLAIMS.map((field): CitedClaim => ({
    recordType: "AGREEMENT",
    recordId,
    field,
    citation: citations[field],
    path: `citations.${field}`,
  }));
  const [problems, cited] = await Promise.all([checkAgreement(input), citationItems([...claims, ...tie.claims])]);
  const fieldErrors = { ...problems, ...cited.fieldErrors };
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const all: ProposedItem[] = [...items, ...tie.items, ...cited.items];
  if (all.length === 0) return { ok: false, formError: "Nothing has changed: edit a field or add a source before saving." };
  const title = `${target.agreementId ? "Edit agreement" : "New agreement"}: ${agreementRecord.titleOf(input)}`;
  return saveProposal(actor, { title, items: all, submit }, target.changeId);
}

type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null; recordId: string | null };

export type AgreementProposal = { values: AgreementFormValues; agreementId?: string };

function citationsFrom(items: StoredItem[], agreementRecordId: string): { citations: AgreementCitations; placed: number } {
  const of = (recordType: RecordType, recordId: string, field: string) => proposedCitation(items, recordType, recordId, field);
  const eventId = refId(TIE_EVENT_REF);
  const found = {
    kind: of("AGREEMENT", agreementRecordId, "kind"),
    signedOn: of("AGREEMENT", agreementRecordId, "signedOn"),
    parties: of("AGREEMENT", agreementRecordId, "parties"),
    tieKind: of("TIE_EVENT", eventId, "kind"),
  };
  const placed = Object.values(found).filter(Boolean).length + (of("TIE_EVENT", eventId, "occurredOn") ? 1 : 0);
  const citations = { ...uncitedAgreement(), ...Object.fromEntries(Object.entries(found).filter(([, c]) => c)) };
  return { citations, placed };
}

// The form's values rebuilt from a change's open items, for its author to revise. Null when
// the items hold anything the form cannot show, since saving it would silently drop that.
export function agreementProposalFrom(items: StoredItem[]): AgreementProposal | null {
  const [main, ...others] = items.filter((item) => item.recordType === "AGREEMENT");
  const content = storedAgreementSchema.safeParse(main?.payload);
  if (!content.success || others.length > 0) return null;
  const agreementId = main.operation === "UPDATE" ? main.recordId : null;
  if (!(main.operation === "CREATE" && main.ref === AGREEMENT_REF) && !agreementId) return null;
  const eventItem = items.find((item) => item.recordType === "TIE_EVENT" && item.operation === "CREATE" && item.ref === TIE_EVENT_REF);
  const tieItem = items.find((item) => item.recordType === "TIE" && item.operation === "CREATE" && item.ref === TIE_REF);
  const event = eventItem ? tieEventSchema.safeParse(eventItem.payload) : null;
  if (event && !event.success) return null;
  const tieEvent = event?.success ? agreementTieEventSchema.parse(event.data) : null;
  const { citations, placed } = citationsFrom(items, agreementId ?? refId(AGREEMENT_REF));
  const accounted = 1 + (eventItem ? 1 : 0) + (tieItem && eventItem ? 1 : 0) + placed;
  if (accounted !== items.length) return null;
  return { values: { ...content.data, citations, tieEvent }, agreementId: agreementId ?? undefined };
}
