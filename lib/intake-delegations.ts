import type { ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import type { FieldErrors } from "@/lib/action-result";
import type { DelegationInput } from "@/lib/delegation-schema";
import type { ArticleClaim } from "@/lib/intake-citations";
import type { IntakeDelegation, IntakeEntity } from "@/lib/intake-schema";

// The visits an intake proposes, as the Delegation kind's content (lib/delegation-schema.ts):
// the people and places are the records the editor kept for the suggestions they name,
// published ones by id, new ones by "ref:<item>".

type Kept = { entities: IntakeEntity[]; ids: Map<string, string> };

// The record a suggestion stands for, when kept as the kind the delegation needs there.
function recordOf({ entities, ids }: Kept, key: string, kinds: IntakeEntity["kind"][]) {
  const entity = entities.find((e) => e.key === key);
  const id = ids.get(key);
  return entity && id && kinds.includes(entity.kind) ? { entity, id } : null;
}

const KEEP_IT = "Keep this suggestion (link or create it), or choose another";

function contentOf(delegation: IntakeDelegation, kept: Kept, problem: (field: string, message: string) => void): DelegationInput {
  const leader = delegation.leader ? recordOf(kept, delegation.leader, ["person"]) : null;
  if (delegation.leader && !leader) problem("leader", KEEP_IT);
  const sender = recordOf(kept, delegation.from, ["place", "organisation"]);
  if (!sender) problem("from", KEEP_IT);
  const recordsOf = (keys: string[], kind: "place" | "person", field: string) =>
    keys.flatMap((key) => {
      const record = recordOf(kept, key, [kind]);
      if (!record) problem(field, KEEP_IT);
      return record ? [record] : [];
    });
  const stops = recordsOf(delegation.stops, "place", "stops");
  const members = recordsOf(
    delegation.members.filter((key) => key !== delegation.leader),
    "person",
    "members",
  );
  return {
    title: delegation.title,
    leaderId: leader?.id ?? null,
    leaderPositionId: null,
    leaderTitle: leader?.entity.position ?? "",
    sendingPlaceId: sender?.entity.kind === "place" ? sender.id : null,
    sendingOrganisationId: sender?.entity.kind === "organisation" ? sender.id : null,
    startOn: delegation.startOn,
    endOn: delegation.endOn,
    purpose: "",
    stops: [...new Map(stops.map((stop) => [stop.id, { placeId: stop.id, startOn: "", endOn: "" }])).values()],
    itineraryOrdered: true,
    otherPlacesNote: "",
    members: [...new Map(members.map((m) => [m.id, { personId: m.id, positionId: null, title: m.entity.position }])).values()],
    meetings: [],
    siteVisits: [],
    gifts: [],
  };
}

// Who led and who sent it rest on the passage telling of the visit; the dates on the one
// that gives them, with how it writes them; the itinerary on the one naming its stops.
function claimsOf(content: DelegationInput, delegation: IntakeDelegation, recordId: string, i: number): ArticleClaim[] {
  const at = (passage: "evidence" | "dateEvidence" | "stopsEvidence") => ({
    passage: delegation[passage],
    path: `delegations.${i}.${passage}.quote`,
  });
  const claim = (field: keyof DelegationInput, passage: Parameters<typeof at>[0], extra: Partial<ArticleClaim> = {}): ArticleClaim[] =>
    content[field] && (!Array.isArray(content[field]) || content[field].length)
      ? [{ recordType: "DELEGATION", recordId, field, ...at(passage), ...extra }]
      : [];
  const dated = { notation: delegation.notation, inferredReason: delegation.inferredReason };
  return [
    ...claim("leaderId", "evidence"),
    ...claim("leaderTitle", "evidence"),
    ...claim("sendingPlaceId", "evidence"),
    ...claim("sendingOrganisationId", "evidence"),
    ...claim("startOn", "dateEvidence", { assertedValue: content.startOn, ...dated }),
    // A visit dated only by its last leg: how the passage writes the date goes with its end.
    ...claim("endOn", "dateEvidence", { assertedValue: content.endOn, ...(!content.startOn && dated) }),
    ...claim("stops", "stopsEvidence"),
  ];
}

export function delegationItems(delegations: IntakeDelegation[], kept: Kept) {
  const items: ProposedItem[] = [];
  const claims: ArticleClaim[] = [];
  const fieldErrors: FieldErrors = {};
  for (const [i, delegation] of delegations.entries()) {
    if (delegation.action === "drop") continue;
    const content = contentOf(delegation, kept, (field, message) => (fieldErrors[`delegations.${i}.${field}`] ??= message));
    const ref = `delegation-${i}`;
    items.push({ recordType: "DELEGATION", operation: "CREATE", ref, payload: content });
    claims.push(...claimsOf(content, delegation, refId(ref), i));
  }
  return { items, claims, fieldErrors };
}
