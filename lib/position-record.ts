import "server-only";
import { positionKeyClaims, positionSchema, POSITION_FIELD_LABELS, type PositionInput } from "@/lib/position-schema";
import { formatPartialDate } from "@/lib/partial-date";
import { organisationTag, PEOPLE_TAG, personTag, placeTag } from "@/lib/cache-tags";
import { RecordRefused, type RecordKind, type Tx } from "@/lib/record-kind";
import { indexRecordNames } from "@/lib/search-index";

type PositionColumns = ReturnType<typeof positionColumns>;

function positionColumns(content: PositionInput) {
  return {
    title: content.title,
    placeId: content.placeId,
    organisationId: content.organisationId,
    startOn: content.startOn || null,
    endOn: content.endOn || null,
  };
}

async function checkReferences(tx: Tx, content: PositionInput) {
  const [person, place, organisation] = await Promise.all([
    tx.person.findFirst({ where: { id: content.personId, retiredAt: null }, select: { id: true } }),
    content.placeId ? tx.place.findFirst({ where: { id: content.placeId, retiredAt: null }, select: { id: true } }) : true,
    content.organisationId
      ? tx.organisation.findFirst({ where: { id: content.organisationId, retiredAt: null }, select: { id: true } })
      : true,
  ]);
  if (!person) throw new RecordRefused("The person holding this position is no longer published.");
  if (!place || !organisation) throw new RecordRefused("The place or organisation of this position is no longer published.");
}

function positionContent(position: PositionColumns & { personId: string }): PositionInput {
  return {
    personId: position.personId,
    title: position.title,
    placeId: position.placeId,
    organisationId: position.organisationId,
    startOn: position.startOn ?? "",
    endOn: position.endOn ?? "",
  };
}

const period = (content: PositionInput) =>
  content.startOn || content.endOn ? ` (${formatPartialDate(content.startOn) || "…"}–${formatPartialDate(content.endOn)})` : "";

// A position belongs to its person: its version is the person's, so concurrent edits of
// a person's positions are caught like edits of the person, and the person's country in
// the name index follows their latest position.
async function touchPerson(tx: Tx, personId: string) {
  await tx.person.update({ where: { id: personId }, data: { version: { increment: 1 } } });
  await indexRecordNames(tx, "PERSON", personId);
}

export const positionRecord: RecordKind<PositionInput, "POSITION"> = {
  recordType: "POSITION",
  label: "Position",
  fieldLabels: POSITION_FIELD_LABELS,
  valueLabels: {},
  schema: positionSchema,
  titleOf: (content) => `${content.title}${period(content)}`,
  // A position is edited with its person.
  editPath: (_id, content) => `/admin/people/${content.personId}/edit`,
  keyClaims: positionKeyClaims,

  async listPublished(db) {
    const positions = await db.position.findMany({
      where: { person: { retiredAt: null } },
      include: { person: { select: { name: true } } },
    });
    return positions.map((position) => {
      const content = positionContent(position);
      return { id: position.id, title: `${position.person.name}, ${positionRecord.titleOf(content)}`, content };
    });
  },

  async load(tx, id) {
    const position = await tx.position.findFirst({
      where: { id, person: { retiredAt: null } },
      include: { person: { select: { version: true, slug: true } } },
    });
    if (!position) return null;
    const content = positionContent(position);
    return {
      version: position.person.version,
      title: positionRecord.titleOf(content),
      content,
      publicPath: `/people/${position.person.slug}`,
    };
  },

  async create(tx, content) {
    await checkReferences(tx, content);
    const position = await tx.position.create({ data: { personId: content.personId, ...positionColumns(content) }, select: { id: true } });
    await touchPerson(tx, content.personId);
    return position.id;
  },

  async update(tx, id, content) {
    await checkReferences(tx, content);
    await tx.position.update({ where: { id }, data: positionColumns(content) });
    await touchPerson(tx, content.personId);
  },

  // Delegations and agreements name the position someone held: one they cite stays.
  async retire(tx, id) {
    const [position, uses] = await Promise.all([
      tx.position.findUniqueOrThrow({ where: { id }, select: { personId: true } }),
      Promise.all([
        tx.delegation.count({ where: { leaderPositionId: id } }),
        tx.agreementSignatory.count({ where: { positionId: id } }),
        tx.delegationMember.count({ where: { positionId: id } }),
      ]),
    ]);
    if (uses.some((count) => count > 0)) throw new RecordRefused("A delegation or an agreement names this position; it cannot be removed.");
    await tx.position.delete({ where: { id } });
    await touchPerson(tx, position.personId);
  },

  async affectedPages(tx, _id, contents) {
    const personIds = contents.map((content) => content.personId);
    const people = await tx.person.findMany({ where: { id: { in: personIds } }, select: { name: true, slug: true } });
    return people.map((person) => ({ title: person.name, path: `/people/${person.slug}` }));
  },

  async referenceNames(tx, contents) {
    const ids = (pick: (content: PositionInput) => string | null) => contents.flatMap((content) => pick(content) ?? []);
    const [people, places, organisations] = await Promise.all([
      tx.person.findMany({ where: { id: { in: ids((c) => c.personId) } }, select: { id: true, name: true } }),
      tx.place.findMany({ where: { id: { in: ids((c) => c.placeId) } }, select: { id: true, name: true } }),
      tx.organisation.findMany({ where: { id: { in: ids((c) => c.organisationId) } }, select: { id: true, name: true } }),
    ]);
    return Object.fromEntries([...people, ...places, ...organisations].map((record) => [record.id, record.name]));
  },

  async publicTags(tx, id) {
    const position = await tx.position.findUnique({ where: { id }, select: { personId: true, placeId: true, organisationId: true } });
    if (!position) return [PEOPLE_TAG];
    const { personId, placeId, organisationId } = position;
    return [
      PEOPLE_TAG,
      personTag(personId),
      ...(placeId ? [placeTag(placeId)] : []),
      ...(organisationId ? [organisationTag(organisationId)] : []),
    ];
  },
};
