import "server-only";
import { prisma } from "@/lib/db";
import type { ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import type { FieldErrors } from "@/lib/action-result";
import type { NameKind } from "@/lib/generated/prisma/enums";
import type { ArticleClaim } from "@/lib/intake-citations";
import { ENTITY_RECORD_TYPES, PART_OF_KEPT, type IntakeEntity, type Passage } from "@/lib/intake-schema";
import { newNameId, type NameInput } from "@/lib/name-schema";
import type { PlaceInput } from "@/lib/place-schema";
import { findDuplicatePlace } from "@/lib/place-rules";

// The places, people and organisations an intake creates, with their names and the
// passages that show they exist; and the record every suggestion stands for.

const NATIVE_LANG: Record<string, string> = { CN: "zh-Hans", JP: "ja", KR: "ko" };

export type EntityItems = { ids: Map<string, string>; items: ProposedItem[]; claims: ArticleClaim[]; fieldErrors: FieldErrors };

const recordRef = (entity: IntakeEntity) => `${entity.kind}-${entity.key}`;

// A name in the script of the record's own country is its native name; any other (a Korean
// mayor's name in Chinese characters) is the variant a source used.
export function nameOf(text: string, lang: string, country: string | null): NameInput & { id: string } {
  const kind: NameKind = lang === "en" ? "ALIAS" : NATIVE_LANG[country ?? ""] === lang ? "NATIVE" : "VARIANT";
  return { id: newNameId(), text, lang, kind };
}

// Linked records must be live, of the suggestion's kind: published, or proposed ("item:").
async function checkLinks(entities: IntakeEntity[], fieldErrors: FieldErrors) {
  const linked = entities.filter((e) => e.action === "link" && !e.recordId.startsWith("item:"));
  const ids = linked.map((e) => e.recordId);
  const live = { id: { in: ids }, retiredAt: null };
  const [places, people, organisations] = await Promise.all([
    prisma.place.findMany({ where: live, select: { id: true } }),
    prisma.person.findMany({ where: live, select: { id: true } }),
    prisma.organisation.findMany({ where: live, select: { id: true } }),
  ]);
  const found = { place: places, person: people, organisation: organisations };
  for (const entity of linked) {
    if (!found[entity.kind].some((r) => r.id === entity.recordId))
      fieldErrors[`entities.${entities.indexOf(entity)}.recordId`] = "This record is no longer published; choose another.";
  }
}

// A suggestion's record id names a published record, unless it is one this change creates
// ("ref:") or one awaiting review in another change ("item:").
export const isPublishedId = (id: string) => !id.startsWith("ref:") && !id.startsWith("item:");

// Each suggestion's record: its own id, "ref:<item>" for a new one, or its alias's.
function recordIds(entities: IntakeEntity[], fieldErrors: FieldErrors): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entity of entities) {
    if (entity.action === "link") ids.set(entity.key, entity.recordId);
    if (entity.action === "create") ids.set(entity.key, refId(recordRef(entity)));
  }
  entities.forEach((entity, i) => {
    if (entity.action !== "alias") return;
    const target = entities.find((e) => e.key === entity.aliasOf);
    const id = ids.get(entity.aliasOf);
    if (!target || !id || target.kind !== entity.kind)
      fieldErrors[`entities.${i}.aliasOf`] = "Choose a suggestion of the same kind kept as a record";
    else ids.set(entity.key, id);
  });
  return ids;
}

// The record a new place's whole stands for (through an alias, the record it names), if any.
function wholeIdOf(entity: IntakeEntity, ids: Map<string, string>) {
  return entity.kind === "place" && entity.partOf ? ids.get(entity.partOf) : undefined;
}

// The suggestion creating each new record, by the record's id in the change.
const creators = (entities: IntakeEntity[], ids: Map<string, string>) =>
  new Map(entities.flatMap((e, i) => (e.action === "create" ? [[ids.get(e.key)!, i] as const] : [])));

// Whether following a new place's wholes, one after the other, comes back to it.
function isOwnWhole(i: number, entities: IntakeEntity[], ids: Map<string, string>) {
  const creatorOf = creators(entities, ids);
  const seen = new Set<number>();
  for (let at: number | undefined = i; at !== undefined && !seen.has(at);) {
    seen.add(at);
    at = creatorOf.get(wholeIdOf(entities[at], ids) ?? "");
    if (at === i) return true;
  }
  return false;
}

// The whole a new place is part of: another suggestion kept as a published record or as a
// new one (itself, or through an alias); a record still waiting for review in another
// change cannot be a parent yet, and no place can be part of itself, however far round.
function parentOf(entity: IntakeEntity, i: number, entities: IntakeEntity[], ids: Map<string, string>, fieldErrors: FieldErrors) {
  if (entity.kind !== "place" || !entity.partOf) return null;
  const whole = entities.find((e) => e.key === entity.partOf);
  const id = wholeIdOf(entity, ids);
  const problem =
    !whole || whole.kind !== "place" || !id
      ? PART_OF_KEPT
      : id.startsWith("item:")
        ? "That place is waiting for review: choose none, and set it once it is published"
        : isOwnWhole(i, entities, ids)
          ? "A place cannot be part of itself, or of a place that is part of it"
          : null;
  if (problem) fieldErrors[`entities.${i}.partOf`] = problem;
  return problem ? null : { id: id!, whole: whole! };
}

function payloadOf(entity: IntakeEntity, names: NameInput[], parentId: string | null) {
  if (entity.kind === "person") return { name: entity.name, summary: "", names };
  if (entity.kind === "organisation")
    return { name: entity.name, kind: entity.organisationKind, country: entity.country, placeId: null, parentId: null, summary: "", names };
  const place: PlaceInput = {
    name: entity.name,
    country: entity.country!,
    level: entity.level,
    parentId,
    names,
    latitude: null,
    longitude: null,
    summary: "",
  };
  return place;
}

// Another suggestion's passage writes its own spelling; the record's own passage may give
// only the English name ("Huancui District"), so its other spelling is cited where written.
const spellingEvidence = (spelling: IntakeEntity, entity: IntakeEntity): Passage =>
  spelling === entity && !entity.evidence.quote.includes(entity.text) ? { quote: entity.text, start: null } : spelling.evidence;

// The suggestions' indices in article order, except that a new place comes after the new
// place it is part of: a change applies its items in order, and a part names its whole.
function wholesFirst(entities: IntakeEntity[], ids: Map<string, string>): number[] {
  const creatorOf = creators(entities, ids);
  const order: number[] = [];
  const visiting = new Set<number>();
  const visit = (i: number) => {
    if (order.includes(i) || visiting.has(i)) return;
    visiting.add(i);
    const whole = creatorOf.get(wholeIdOf(entities[i], ids) ?? "");
    if (whole !== undefined) visit(whole);
    order.push(i);
  };
  entities.forEach((_, i) => visit(i));
  return order;
}

export async function entityItems(entities: IntakeEntity[]): Promise<EntityItems> {
  const fieldErrors: FieldErrors = {};
  await checkLinks(entities, fieldErrors);
  const ids = recordIds(entities, fieldErrors);
  const items: ProposedItem[] = [];
  const claims: ArticleClaim[] = [];
  for (const i of wholesFirst(entities, ids)) {
    const entity = entities[i];
    if (entity.action !== "create") continue;
    const recordId = ids.get(entity.key)!;
    const spellings = [entity, ...entities.filter((e) => e.action === "alias" && e.aliasOf === entity.key)].flatMap((e) =>
      e.text && e.text !== entity.name
        ? [{ ...nameOf(e.text, e.textLang, entity.country), evidence: spellingEvidence(e, entity), at: entities.indexOf(e) }]
        : [],
    );
    const names = spellings.map(({ evidence: _evidence, at: _at, ...name }) => name);
    const parent = parentOf(entity, i, entities, ids, fieldErrors);
    const payload = payloadOf(entity, names, parent?.id ?? null);
    if (entity.kind === "place" && (await findDuplicatePlace(prisma, payload as PlaceInput)))
      fieldErrors[`entities.${i}.name`] = "This place is already recorded: link it instead.";
    items.push({ recordType: ENTITY_RECORD_TYPES[entity.kind], operation: "CREATE", ref: recordRef(entity), payload });
    claims.push({
      recordType: ENTITY_RECORD_TYPES[entity.kind],
      recordId,
      field: "exists",
      passage: entity.evidence,
      path: `entities.${i}.evidence.quote`,
    });
    // Where the article writes the place with its whole, the words cite the whole (unless the
    // editor chose another whole, which the words do not name).
    const together = entity.partOfEvidence;
    if (parent && [parent.whole.name, parent.whole.text].some((name) => name && together.quote.includes(name)))
      claims.push({ recordType: "PLACE", recordId, field: "parentId", passage: together, path: `entities.${i}.partOfEvidence.quote` });
    for (const spelling of spellings)
      claims.push({
        recordType: "NAME",
        recordId: spelling.id,
        field: "exists",
        passage: spelling.evidence,
        path: `entities.${spelling.at}.evidence.quote`,
      });
  }
  items.push(...positionItems(entities, ids, claims, await heldTitles(entities)));
  return { ids, items, claims, fieldErrors };
}

const titleKey = (personId: string, title: string) => `${personId} ${title.trim().toLowerCase()}`;

// The titles recorded people hold already, so an article read twice adds no position twice.
async function heldTitles(entities: IntakeEntity[]): Promise<Set<string>> {
  const linked = entities.filter((e) => e.kind === "person" && e.action === "link").map((e) => e.recordId);
  const held = await prisma.position.findMany({ where: { personId: { in: linked } }, select: { personId: true, title: true } });
  return new Set(held.map((p) => titleKey(p.personId, p.title)));
}

const isLetter = (char: string | undefined) => !!char && /\p{L}/u.test(char);

function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return true;
  return false;
}

// Where a position is held, as its title names it: the organisation or place of the article
// kept as a record whose name the title holds, the innermost (of "山东省济南市历城区副区长",
// 历城区, which the article writes as part of the others), then the longest ("Secretary of the
// Jiangsu Provincial Party Committee" is held at the committee, not in Jiangsu Province). A
// Latin name counts as a whole word ("Japanese director" names no Japan). A record waiting
// for review in another change is left out: a position cannot point at it yet.
function heldAt(title: string, entities: IntakeEntity[], ids: Map<string, string>) {
  const says = (name: string) => name.length > 1 && (/\p{Script=Latin}/u.test(name) ? hasWord(title, name) : title.includes(name));
  const named = entities.flatMap((e) => {
    const id = ids.get(e.key);
    if (e.kind === "person" || e.action === "drop" || !id || id.startsWith("item:")) return [];
    return [e.name, e.text].filter(says).map((name) => ({ e, id, name }));
  });
  const wholes = new Set(named.map(({ e }) => e.partOf));
  const held = named.filter(({ e }) => !wholes.has(e.key)).sort((a, b) => b.name.length - a.name.length)[0];
  return { placeId: held?.e.kind === "place" ? held.id : null, organisationId: held?.e.kind === "organisation" ? held.id : null };
}

// A position the article gives a person, on the record the person stands for.
function positionItems(entities: IntakeEntity[], ids: Map<string, string>, claims: ArticleClaim[], held: Set<string>): ProposedItem[] {
  return entities.flatMap((entity, i) => {
    const personId = ids.get(entity.key);
    if (entity.kind !== "person" || entity.action === "drop" || !personId || entity.position.length < 2) return [];
    if (held.has(titleKey(personId, entity.position))) return [];
    const ref = `position-${entity.key}`;
    const payload = { personId, title: entity.position, ...heldAt(entity.position, entities, ids), startOn: "", endOn: "" };
    // The passage giving the title cites it, and where the title says it is held.
    for (const field of ["title", "placeId", "organisationId"] as const)
      if (payload[field])
        claims.push({
          recordType: "POSITION",
          recordId: refId(ref),
          field,
          passage: entity.positionEvidence,
          path: `entities.${i}.positionEvidence.quote`,
        });
    return [{ recordType: "POSITION" as const, operation: "CREATE" as const, ref, payload }];
  });
}
