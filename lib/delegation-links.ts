import "server-only";
import { RecordRefused, type Tx } from "@/lib/record-kind";
import { DELEGATION_FIELD_LABELS, type DelegationInput } from "@/lib/delegation-schema";

// One record a delegation's content names, and the form field that names it.
export type Link = { path: string; id: string };

const linked = (entries: { path: string; id: string | null }[]): Link[] => entries.flatMap(({ path, id }) => (id ? [{ path, id }] : []));

// Every record the content names, by kind; a gift's giver and receiver are a place or an
// organisation, whichever the id is.
export function linksOf(content: DelegationInput) {
  const { stops, members, meetings, siteVisits, gifts } = content;
  return {
    places: linked([
      { path: "sendingPlaceId", id: content.sendingPlaceId },
      ...stops.map((s, i) => ({ path: `stops.${i}.placeId`, id: s.placeId })),
      ...meetings.map((m, i) => ({ path: `meetings.${i}.placeId`, id: m.placeId })),
      ...siteVisits.map((v, i) => ({ path: `siteVisits.${i}.placeId`, id: v.placeId })),
    ]),
    people: linked([
      { path: "leaderId", id: content.leaderId },
      ...members.map((m, i) => ({ path: `members.${i}.personId`, id: m.personId })),
      ...meetings.map((m, i) => ({ path: `meetings.${i}.personId`, id: m.personId })),
    ]),
    organisations: linked([
      { path: "sendingOrganisationId", id: content.sendingOrganisationId },
      ...meetings.map((m, i) => ({ path: `meetings.${i}.organisationId`, id: m.organisationId })),
      ...siteVisits.map((v, i) => ({ path: `siteVisits.${i}.organisationId`, id: v.organisationId })),
    ]),
    placesOrOrganisations: linked(
      gifts.flatMap((g, i) => [
        { path: `gifts.${i}.fromId`, id: g.fromId },
        { path: `gifts.${i}.toId`, id: g.toId },
      ]),
    ),
  };
}

export const idsOf = (links: Link[]) => [...new Set(links.map((link) => link.id))];

// Positions are a person's own: the leader's position must be one the leader holds.
const positionLinks = (content: DelegationInput) =>
  [
    { path: "leaderPositionId", id: content.leaderPositionId, personId: content.leaderId },
    ...content.members.map((m, i) => ({ path: `members.${i}.positionId`, id: m.positionId, personId: m.personId })),
  ].flatMap(({ path, id, personId }) => (id ? [{ path, id, personId }] : []));

const UNPUBLISHED = {
  place: "This place is not published; choose another.",
  person: "This person is not published; choose another.",
  organisation: "This organisation is not published; choose another.",
  either: "This place or organisation is not published; choose another.",
  position: "This position is not one the person holds; choose another.",
};

// The fields naming a record that is missing or retired, with what to tell the editor.
// A person new in the same change ("ref:…") is checked when the change is applied.
export async function unpublishedLinks(tx: Tx, content: DelegationInput): Promise<Record<string, string>> {
  const links = linksOf(content);
  const published = { retiredAt: null };
  const people = links.people.filter((link) => !link.id.startsWith("ref:"));
  const positions = positionLinks(content);
  const [places, persons, organisations, mixedPlaces, mixedOrganisations, held] = await Promise.all([
    tx.place.findMany({ where: { id: { in: idsOf(links.places) }, ...published }, select: { id: true } }),
    tx.person.findMany({ where: { id: { in: idsOf(people) }, ...published }, select: { id: true } }),
    tx.organisation.findMany({ where: { id: { in: idsOf(links.organisations) }, ...published }, select: { id: true } }),
    tx.place.findMany({ where: { id: { in: idsOf(links.placesOrOrganisations) }, ...published }, select: { id: true } }),
    tx.organisation.findMany({ where: { id: { in: idsOf(links.placesOrOrganisations) }, ...published }, select: { id: true } }),
    tx.position.findMany({ where: { id: { in: positions.map((p) => p.id) } }, select: { id: true, personId: true } }),
  ]);
  const errors: Record<string, string> = {};
  const refuse = (list: Link[], found: { id: string }[], message: string) => {
    for (const link of list) if (!found.some((row) => row.id === link.id)) errors[link.path] = message;
  };
  refuse(links.places, places, UNPUBLISHED.place);
  refuse(people, persons, UNPUBLISHED.person);
  refuse(links.organisations, organisations, UNPUBLISHED.organisation);
  refuse(links.placesOrOrganisations, [...mixedPlaces, ...mixedOrganisations], UNPUBLISHED.either);
  for (const position of positions) {
    if (!held.some((row) => row.id === position.id && row.personId === position.personId)) errors[position.path] = UNPUBLISHED.position;
  }
  return errors;
}

// At approval, a record retired since the proposal refuses it: the reviewer sees why.
export async function refuseBrokenLinks(tx: Tx, content: DelegationInput) {
  const [problem] = Object.entries(await unpublishedLinks(tx, content));
  if (!problem) return;
  const [path, message] = problem;
  const field = DELEGATION_FIELD_LABELS[path.split(".")[0] as keyof DelegationInput];
  throw new RecordRefused(`${content.title}, ${field}: ${message}`);
}

// Each gift's giver and receiver as the columns store them.
export async function giftParties(tx: Tx, ids: string[]) {
  const places = await tx.place.findMany({ where: { id: { in: ids } }, select: { id: true } });
  return (id: string | null) => {
    if (!id) return { placeId: null, organisationId: null };
    return places.some((p) => p.id === id) ? { placeId: id, organisationId: null } : { placeId: null, organisationId: id };
  };
}
