import "server-only";
import { findPossiblySame } from "@/lib/record-picker-search";
import { freeSlug, normalizeName, slugify } from "@/lib/names";
import { personSchema, PERSON_FIELD_LABELS, type PersonInput } from "@/lib/person-schema";
import { PEOPLE_TAG, personTag, placeTag, organisationTag } from "@/lib/cache-tags";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";
import { publishedNames, saveNames } from "@/lib/record-names";
import { indexRecordNames } from "@/lib/search-index";

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || "person";
  const rows = await tx.person.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return freeSlug(base, [], new Set(rows.map((row) => row.slug)));
}

// Everything that points at a duplicate person points at the one it duplicates instead.
async function repoint(tx: Tx, from: string, to: string) {
  await tx.position.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.agreementSignatory.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.delegation.updateMany({ where: { leaderId: from }, data: { leaderId: to } });
  await tx.delegationMember.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.delegationMeeting.updateMany({ where: { personId: from }, data: { personId: to } });
  await tx.citation.updateMany({ where: { recordType: "PERSON", recordId: from }, data: { recordId: to } });
}

// The places and organisations a person's positions are held at: their pages list them.
async function positionTags(tx: Tx, personId: string): Promise<string[]> {
  const positions = await tx.position.findMany({ where: { personId }, select: { placeId: true, organisationId: true } });
  return positions.flatMap((p) => [
    ...(p.placeId ? [placeTag(p.placeId)] : []),
    ...(p.organisationId ? [organisationTag(p.organisationId)] : []),
  ]);
}

type StoredPerson = { name: string; summary: string | null; names: PersonInput["names"] };
const personContent = (person: StoredPerson): PersonInput => ({ name: person.name, summary: person.summary ?? "", names: person.names });

export const personRecord: RecordKind<PersonInput, "PERSON"> = {
  recordType: "PERSON",
  label: "Person",
  fieldLabels: PERSON_FIELD_LABELS,
  valueLabels: {},
  schema: personSchema,
  titleOf: (content) => content.name,
  editPath: (id) => `/admin/people/${id}/edit`,
  keyClaims: () => ["exists"],

  async listPublished(db) {
    const people = await db.person.findMany({ where: { retiredAt: null }, include: { names: publishedNames } });
    return people.map((person) => ({ id: person.id, title: person.name, content: personContent(person) }));
  },

  async load(tx, id) {
    const person = await tx.person.findFirst({ where: { id, retiredAt: null }, include: { names: publishedNames } });
    if (!person) return null;
    const content = personContent(person);
    return { version: person.version, title: person.name, content, publicPath: `/people/${person.slug}` };
  },

  async create(tx, content) {
    const slug = await uniqueSlug(tx, content.name);
    const person = await tx.person.create({ data: { name: content.name, summary: content.summary || null, slug }, select: { id: true } });
    await saveNames(tx, { personId: person.id }, content.names);
    await indexRecordNames(tx, "PERSON", person.id);
    return person.id;
  },

  async update(tx, id, content) {
    await tx.person.update({ where: { id }, data: { name: content.name, summary: content.summary || null, version: { increment: 1 } } });
    await saveNames(tx, { personId: id }, content.names);
    await indexRecordNames(tx, "PERSON", id);
  },

  async retire(tx, id) {
    await tx.person.update({ where: { id }, data: { retiredAt: new Date(), version: { increment: 1 } } });
    await indexRecordNames(tx, "PERSON", id);
  },

  // Every name, position and mention moves over; the duplicate's English name stays
  // findable as an alias of the person it was.
  async merge(tx, duplicateId, intoId) {
    const [duplicate, into] = await Promise.all([
      tx.person.findFirst({ where: { id: duplicateId, retiredAt: null } }),
      tx.person.findFirst({ where: { id: intoId, retiredAt: null } }),
    ]);
    if (!duplicate || !into || duplicateId === intoId) throw new RecordRefused("Both people must be published, and different, to merge.");
    await tx.name.updateMany({ where: { personId: duplicateId }, data: { personId: intoId, isPreferred: false } });
    if (normalizeName(duplicate.name) !== normalizeName(into.name)) {
      await tx.name.create({
        data: { personId: intoId, text: duplicate.name, normalized: normalizeName(duplicate.name), lang: "en", kind: "ALIAS" },
      });
    }
    await repoint(tx, duplicateId, intoId);
    await tx.person.update({
      where: { id: duplicateId },
      data: { retiredAt: new Date(), mergedIntoId: intoId, version: { increment: 1 } },
    });
    await tx.person.update({ where: { id: intoId }, data: { version: { increment: 1 } } });
    for (const id of [duplicateId, intoId]) await indexRecordNames(tx, "PERSON", id);
  },

  async affectedPages(tx, id, contents) {
    const person = id ? await tx.person.findUnique({ where: { id }, select: { name: true, slug: true } }) : null;
    if (person) return [{ title: person.name, path: `/people/${person.slug}` }];
    return [{ title: `${contents.at(-1)?.name ?? "New person"} (new page)`, path: "" }];
  },

  referenceNames: async () => ({}),
  possiblySame: (tx, content) => findPossiblySame(tx, { type: "PERSON", name: content.name }),

  async publicTags(tx, id) {
    return [PEOPLE_TAG, personTag(id), ...(await positionTags(tx, id))];
  },
};
