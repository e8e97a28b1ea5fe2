import type { IntakeAgreement, IntakeEntity, IntakeTie } from "@/lib/intake-schema";

// A tie statement read as the signing of an agreement of the same article ("… signed a
// sisterhood agreement, becoming sister cities"): its event names that agreement only while
// the editor keeps the agreement and it still names both of the tie's places as parties.
// The review form says so at the tie, and the submission links by this same rule, so what
// the editor sees is what goes to review whatever the browser sends.

export type Signing = { agreement: number; link: "kept" | "dropped" | "not-parties" };

// What a suggestion stands for, so that two suggestions of one record match: its recorded
// id, itself when created, the suggestion it is another name of; none when dropped.
export function recordKeyOf(entities: IntakeEntity[], key: string, seen: string[] = []): string | null {
  const entity = entities.find((e) => e.key === key);
  if (!entity || seen.includes(key)) return null;
  if (entity.action === "link") return entity.recordId ? `record:${entity.recordId}` : null;
  if (entity.action === "create") return `new:${entity.key}`;
  if (entity.action === "alias") return recordKeyOf(entities, entity.aliasOf, [...seen, key]);
  return null;
}

export function signingOf(tie: IntakeTie, agreements: IntakeAgreement[], entities: IntakeEntity[]): Signing | null {
  const index = tie.agreement;
  if (index === null || index === undefined || !agreements[index]) return null;
  const agreement = agreements[index];
  if (agreement.action === "drop") return { agreement: index, link: "dropped" };
  const parties = new Set(agreement.parties.map((key) => recordKeyOf(entities, key)));
  const places = tie.places.map((key) => recordKeyOf(entities, key));
  const isSigned = places.every((place) => place !== null && parties.has(place));
  return { agreement: index, link: isSigned ? "kept" : "not-parties" };
}
