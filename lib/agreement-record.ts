import "server-only";
import { agreementTitle } from "@/lib/agreement-kinds";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { freeSlug, slugify } from "@/lib/names";
import { agreementTag, AGREEMENTS_TAG, delegationTag, eventTag, organisationTag, personTag, placeTag } from "@/lib/cache-tags";
import {
  AGREEMENT_FIELD_LABELS,
  AGREEMENT_KIND_CHOICES,
  agreementKeyClaims,
  SIGNATORY_ROLE_LABELS,
  storedAgreementSchema,
  type AgreementInput,
  type SignatoryInput,
} from "@/lib/agreement-schema";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";

type Party = { placeId: string | null; organisationId: string | null };

// Each party is a published place or organisation; which one is looked up, since the
// picker offers both under one field.
export async function partiesOf(tx: Tx, ids: string[]): Promise<{ parties: Party[]; unknown: string[] }> {
  const [places, organisations] = await Promise.all([
    tx.place.findMany({ where: { id: { in: ids }, retiredAt: null }, select: { id: true } }),
    tx.organisation.findMany({ where: { id: { in: ids }, retiredAt: null }, select: { id: true } }),
  ]);
  const placeIds = new Set(places.map((p) => p.id));
  const organisationIds = new Set(organisations.map((o) => o.id));
  const parties = ids.map((id) => ({ placeId: placeIds.has(id) ? id : null, organisationId: organisationIds.has(id) ? id : null }));
  return { parties, unknown: ids.filter((id) => !placeIds.has(id) && !organisationIds.has(id)) };
}

// Whether the visit or the event the agreement names is missing or retired.
export async function unpublishedOccasions(tx: Tx, { delegationId, eventId }: Pick<AgreementInput, "delegationId" | "eventId">) {
  const [delegations, events] = await Promise.all([
    delegationId ? tx.delegation.count({ where: { id: delegationId, retiredAt: null } }) : 1,
    eventId ? tx.event.count({ where: { id: eventId, retiredAt: null } }) : 1,
  ]);
  return { delegation: delegations === 0, event: events === 0 };
}

async function refuseBrokenLinks(tx: Tx, content: AgreementInput): Promise<Party[]> {
  const title = agreementRecord.titleOf(content);
  const { parties, unknown } = await partiesOf(tx, content.parties);
  if (unknown.length > 0) throw new RecordRefused(`${title}: a party is no longer published; choose another.`);
  const personIds = content.signatories.map((s) => s.personId);
  const people = await tx.person.count({ where: { id: { in: personIds }, retiredAt: null } });
  if (people !== new Set(personIds).size) throw new RecordRefused(`${title}: a signatory is no longer published; choose another.`);
  if (content.venuePlaceId && !(await tx.place.count({ where: { id: content.venuePlaceId, retiredAt: null } }))) {
    throw new RecordRefused(`${title}: the venue's place is no longer published; choose another.`);
  }
  const { delegation, event } = await unpublishedOccasions(tx, content);
  if (delegation) throw new RecordRefused(`${title}: the visit it was signed during is no longer published; choose another.`);
  if (event) throw new RecordRefused(`${title}: the event it was signed at is no longer published; choose another.`);
  return parties;
}

async function uniqueSlug(tx: Tx, content: AgreementInput): Promise<string> {
  const named = await tx.place.findMany({ where: { id: { in: content.parties } }, select: { name: true } });
  const orgs = await tx.organisation.findMany({ where: { id: { in: content.parties } }, select: { name: true } });
  const words = content.title || [...named, ...orgs].map((p) => p.name).join(" ") + ` ${AGREEMENT_KIND_CHOICES[content.kind]}`;
  const base = slugify(words) || "agreement";
  const rows = await tx.agreement.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return freeSlug(base, content.signedOn ? [content.signedOn.slice(0, 4)] : [], new Set(rows.map((row) => row.slug)));
}

// "Xu Kunlin, Governor of Jiangsu (signed)".
export function signatoryLine(signatory: Pick<SignatoryInput, "title" | "role">, name = "Someone no longer published") {
  return `${[name, signatory.title].filter(Boolean).join(", ")} (${SIGNATORY_ROLE_LABELS[signatory.role]})`;
}

function agreementColumns(content: AgreementInput) {
  const { kind, title, signedOn, venue, venuePlaceId, delegationId, eventId, summary } = content;
  return { kind, title, signedOn: signedOn || null, venue: venue || null, venuePlaceId, delegationId, eventId, summary: summary || null };
}

// A child row stays (with its id, and so its citations) while an entry of the same value
// remains; entries with no unchanged row are added, and rows left over are deleted with
// their citations retired. Duplicated values pair off one to one.
async function keepRows<Row extends { id: string }, Entry>(
  tx: Tx,
  recordType: RecordType,
  rows: Row[],
  entries: Entry[],
  keyOf: { row: (row: Row) => string; entry: (entry: Entry) => string },
  remove: (ids: string[]) => Promise<unknown>,
  add: (entry: Entry) => Promise<unknown>,
) {
  const left = [...rows];
  const added: Entry[] = [];
  for (const entry of entries) {
    const i = left.findIndex((row) => keyOf.row(row) === keyOf.entry(entry));
    if (i >= 0) left.splice(i, 1);
    else added.push(entry);
  }
  const gone = left.map((row) => row.id);
  if (gone.length > 0) {
    await tx.citation.updateMany({ where: { recordType, recordId: { in: gone }, retiredAt: null }, data: { retiredAt: new Date() } });
    await remove(gone);
  }
  for (const entry of added) await add(entry);
}

type StoredSignatory = Omit<SignatoryInput, "title"> & { title: string | null };

const signatoryKey = (s: StoredSignatory) => JSON.stringify([s.personId, s.positionId, s.title || null, s.role]);

async function saveChildren(tx: Tx, agreementId: string, content: AgreementInput, parties: Party[]) {
  const where = { agreementId };
  const [partyRows, signatoryRows, fieldRows] = await Promise.all([
    tx.agreementParty.findMany({ where, orderBy: { id: "asc" } }),
    tx.agreementSignatory.findMany({ where, orderBy: { id: "asc" } }),
    tx.cooperationField.findMany({ where, orderBy: { id: "asc" } }),
  ]);
  const partyKey = (party: Party) => party.placeId ?? party.organisationId ?? "";
  await keepRows(
    tx,
    "AGREEMENT_PARTY",
    partyRows,
    parties,
    { row: partyKey, entry: partyKey },
    (ids) => tx.agreementParty.deleteMany({ where: { id: { in: ids } } }),
    (party) => tx.agreementParty.create({ data: { agreementId, ...party } }),
  );
  await keepRows(
    tx,
    "AGREEMENT_SIGNATORY",
    signatoryRows,
    content.signatories,
    { row: signatoryKey, entry: signatoryKey },
    (ids) => tx.agreementSignatory.deleteMany({ where: { id: { in: ids } } }),
    ({ personId, positionId, title, role }) =>
      tx.agreementSignatory.create({ data: { agreementId, personId, positionId, title: title || null, role } }),
  );
  await keepRows(
    tx,
    "COOPERATION_FIELD",
    fieldRows,
    content.fields,
    { row: (row) => row.name, entry: (name) => name },
    (ids) => tx.cooperationField.deleteMany({ where: { id: { in: ids } } }),
    (name) => tx.cooperationField.create({ data: { agreementId, name } }),
  );
}

const entered = { orderBy: { id: "asc" } } as const;
const withChildren = { parties: entered, signatories: entered, fields: entered } as const;

type StoredAgreement = {
  kind: AgreementInput["kind"];
  title: string;
  signedOn: string | null;
  venue: string | null;
  venuePlaceId: string | null;
  delegationId: string | null;
  eventId: string | null;
  summary: string | null;
  parties: Party[];
  signatories: StoredSignatory[];
  fields: { name: string }[];
};

function contentOf(agreement: StoredAgreement): AgreementInput {
  const { kind, title, venuePlaceId, delegationId, eventId } = agreement;
  return {
    kind,
    title,
    signedOn: agreement.signedOn ?? "",
    venue: agreement.venue ?? "",
    venuePlaceId,
    delegationId,
    eventId,
    parties: agreement.parties.flatMap((party) => party.placeId ?? party.organisationId ?? []),
    signatories: agreement.signatories.map(({ personId, positionId, title, role }) => ({ personId, positionId, title: title ?? "", role })),
    fields: agreement.fields.map((field) => field.name),
    summary: agreement.summary ?? "",
  };
}

export const agreementRecord: RecordKind<AgreementInput, "AGREEMENT"> = {
  recordType: "AGREEMENT",
  label: "Agreement",
  fieldLabels: AGREEMENT_FIELD_LABELS,
  valueLabels: { kind: AGREEMENT_KIND_CHOICES },
  schema: storedAgreementSchema,
  titleOf: (content) => agreementTitle({ ...content, signedOn: content.signedOn || null }),
  editPath: (id) => `/admin/agreements/${id}/edit`,
  keyClaims: agreementKeyClaims,

  async listPublished(db) {
    const agreements = await db.agreement.findMany({ where: { retiredAt: null }, include: withChildren });
    return agreements.map((agreement) => {
      const content = contentOf(agreement);
      return { id: agreement.id, title: agreementRecord.titleOf(content), content };
    });
  },

  async load(tx, id) {
    const agreement = await tx.agreement.findFirst({ where: { id, retiredAt: null }, include: withChildren });
    if (!agreement) return null;
    const content = contentOf(agreement);
    return { version: agreement.version, title: agreementRecord.titleOf(content), content, publicPath: `/agreements/${agreement.slug}` };
  },

  async create(tx, content) {
    const parties = await refuseBrokenLinks(tx, content);
    const slug = await uniqueSlug(tx, content);
    const { id } = await tx.agreement.create({ data: { ...agreementColumns(content), slug }, select: { id: true } });
    await saveChildren(tx, id, content, parties);
    return id;
  },

  async update(tx, id, content) {
    const parties = await refuseBrokenLinks(tx, content);
    await tx.agreement.update({ where: { id }, data: { ...agreementColumns(content), version: { increment: 1 } } });
    await saveChildren(tx, id, content, parties);
  },

  async retire(tx, id) {
    await tx.agreement.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
  },

  // Its own page and the pages of the places and organisations that signed it.
  async affectedPages(tx, id, contents) {
    const ids = contents.flatMap((content) => content.parties);
    const [self, places, organisations] = await Promise.all([
      id ? tx.agreement.findUnique({ where: { id }, select: { slug: true } }) : null,
      tx.place.findMany({ where: { id: { in: ids } }, select: { name: true, slug: true } }),
      tx.organisation.findMany({ where: { id: { in: ids } }, select: { name: true, slug: true } }),
    ]);
    const title = agreementRecord.titleOf(contents.at(-1) ?? contents[0]);
    const first = self ? { title, path: `/agreements/${self.slug}` } : { title: `${title} (new page)`, path: "" };
    return [
      first,
      ...places.map((p) => ({ title: p.name, path: `/places/${p.slug}` })),
      ...organisations.map((o) => ({ title: o.name, path: `/organisations/${o.slug}` })),
    ];
  },

  // Ids name their records; a signatory entry reads "Xu Kunlin, Governor of Jiangsu (signed)",
  // keyed by the entry as the diff shows it.
  async referenceNames(tx, contents) {
    const placeIds = contents.flatMap((c) => [...c.parties, ...(c.venuePlaceId ? [c.venuePlaceId] : [])]);
    const personIds = contents.flatMap((c) => c.signatories.map((s) => s.personId));
    const delegationIds = contents.flatMap((c) => (c.delegationId ? [c.delegationId] : []));
    const eventIds = contents.flatMap((c) => (c.eventId ? [c.eventId] : []));
    const named = { select: { id: true, name: true } } as const;
    const [places, organisations, people, delegations, events] = await Promise.all([
      tx.place.findMany({ where: { id: { in: placeIds } }, ...named }),
      tx.organisation.findMany({ where: { id: { in: placeIds } }, ...named }),
      tx.person.findMany({ where: { id: { in: personIds } }, ...named }),
      tx.delegation.findMany({ where: { id: { in: delegationIds } }, select: { id: true, title: true } }),
      tx.event.findMany({ where: { id: { in: eventIds } }, ...named }),
    ]);
    const names: Record<string, string> = Object.fromEntries([
      ...[...places, ...organisations, ...people, ...events].map((r) => [r.id, r.name]),
      ...delegations.map((d) => [d.id, d.title]),
    ]);
    const signatories = contents.flatMap((c) => c.signatories);
    return { ...names, ...Object.fromEntries(signatories.map((s) => [JSON.stringify(s), signatoryLine(s, names[s.personId])])) };
  },

  // Pages that link to an agreement carry its tag (lib/profile-links.ts); those of its
  // parties, signatories, venue and the visit or event it was signed at list it.
  async publicTags(tx, id) {
    const agreement = await tx.agreement.findUnique({ where: { id }, include: withChildren });
    if (!agreement) return [AGREEMENTS_TAG];
    const { venuePlaceId, delegationId, eventId } = agreement;
    return [
      AGREEMENTS_TAG,
      agreementTag(id),
      ...agreement.parties.map((p) => (p.placeId ? placeTag(p.placeId) : organisationTag(p.organisationId ?? ""))),
      ...agreement.signatories.map((s) => personTag(s.personId)),
      ...(venuePlaceId ? [placeTag(venuePlaceId)] : []),
      ...(delegationId ? [delegationTag(delegationId)] : []),
      ...(eventId ? [eventTag(eventId)] : []),
    ];
  },
};
