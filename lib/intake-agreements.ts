import "server-only";
import type { ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import type { FieldErrors } from "@/lib/action-result";
import type { AgreementInput } from "@/lib/agreement-schema";
import { agreementRecord } from "@/lib/agreement-record";
import type { ArticleClaim } from "@/lib/intake-citations";
import type { IntakeAgreement, IntakeEntity, IntakeInput, IntakeTie } from "@/lib/intake-schema";
import { signingOf } from "@/lib/intake-signing";

// The agreements an intake proposes, as the Agreement kind's content (lib/agreement-schema.ts):
// parties and signatories are the records the editor kept for the suggestions they name,
// published ones by id, new ones by "ref:<item>".

type Kept = { entities: IntakeEntity[]; ids: Map<string, string> };

const KEEP_IT = "Keep this suggestion (link or create it), or untick it";
const KEEP_VENUE = "Keep this place (link or create it), or choose no venue";

// The records the ticked suggestions stand for, once each: a suggestion and its other
// name ("余杭区" for "Yuhang District") are one party.
function recordsOf({ entities, ids }: Kept, keys: string[], kinds: IntakeEntity["kind"][], problem: () => void) {
  const records = keys.flatMap((key) => {
    const entity = entities.find((e) => e.key === key);
    const id = ids.get(key);
    if (!entity || !id || !kinds.includes(entity.kind)) {
      problem();
      return [];
    }
    return [{ entity, id }];
  });
  return [...new Map(records.map((record) => [record.id, record])).values()];
}

function contentOf(agreement: IntakeAgreement, kept: Kept, problem: (field: string, message: string) => void): AgreementInput {
  const parties = recordsOf(kept, agreement.parties, ["place", "organisation"], () => problem("parties", KEEP_IT));
  if (parties.length < 2) problem("parties", "An agreement has at least two parties: tick another, or drop the agreement");
  const signatories = recordsOf(kept, agreement.signatories, ["person"], () => problem("signatories", KEEP_IT));
  const venue = agreement.venue ? recordsOf(kept, [agreement.venue], ["place"], () => problem("venue", KEEP_VENUE))[0] : undefined;
  return {
    kind: agreement.kind,
    title: agreement.title,
    signedOn: agreement.signedOn,
    venue: agreement.venueName,
    venuePlaceId: venue?.id ?? null,
    delegationId: null,
    eventId: null,
    parties: parties.map((party) => party.id),
    signatories: signatories.map(({ id, entity }) => ({ personId: id, positionId: null, title: entity.position, role: "SIGNATORY" })),
    fields: [],
    summary: "",
  };
}

// The kind and the parties rest on the passage telling of the signing; the date on the one
// that gives it, with how it writes it. The key claims are the Agreement kind's own; the
// venue rests on whichever of the two passages names it: the building by its name, the
// place as the article writes it.
function claimsOf(content: AgreementInput, agreement: IntakeAgreement, kept: Kept, recordId: string, i: number): ArticleClaim[] {
  const place = content.venuePlaceId ? kept.entities.find((e) => e.key === agreement.venue) : undefined;
  const named: [string, string[]][] = [
    ["venue", [content.venue]],
    ["venuePlaceId", place ? [place.text, place.name] : []],
  ];
  const venueClaims = named.flatMap(([field, words]): ArticleClaim[] => {
    const key = (["evidence", "dateEvidence"] as const).find((k) => words.some((word) => word && agreement[k].quote.includes(word)));
    return key ? [{ recordType: "AGREEMENT", recordId, field, passage: agreement[key], path: `agreements.${i}.${key}.quote` }] : [];
  });
  return [...keyClaimsOf(content, agreement, recordId, i), ...venueClaims];
}

function keyClaimsOf(content: AgreementInput, agreement: IntakeAgreement, recordId: string, i: number): ArticleClaim[] {
  return agreementRecord.keyClaims(content).map((field): ArticleClaim => {
    const base = { recordType: "AGREEMENT" as const, recordId, field };
    if (field !== "signedOn") return { ...base, passage: agreement.evidence, path: `agreements.${i}.evidence.quote` };
    const { notation, inferredReason, dateEvidence } = agreement;
    return {
      ...base,
      passage: dateEvidence,
      assertedValue: content.signedOn,
      notation,
      inferredReason,
      path: `agreements.${i}.dateEvidence.quote`,
    };
  });
}

// The name in the change of the agreement a tie statement's event is the signing of, when the
// editor kept it with both of the tie's places as parties (lib/intake-signing.ts); else the
// event is proposed without one, never naming a record the change does not create.
export function signedAgreementRef(statement: IntakeTie, { agreements, entities }: Pick<IntakeInput, "agreements" | "entities">) {
  const signing = signingOf(statement, agreements, entities);
  return signing?.link === "kept" ? refId(`agreement-${signing.agreement}`) : null;
}

export function agreementItems(agreements: IntakeAgreement[], kept: Kept) {
  const items: ProposedItem[] = [];
  const claims: ArticleClaim[] = [];
  const fieldErrors: FieldErrors = {};
  for (const [i, agreement] of agreements.entries()) {
    if (agreement.action === "drop") continue;
    const content = contentOf(agreement, kept, (field, message) => (fieldErrors[`agreements.${i}.${field}`] ??= message));
    const ref = `agreement-${i}`;
    items.push({ recordType: "AGREEMENT", operation: "CREATE", ref, payload: content });
    claims.push(...claimsOf(content, agreement, kept, refId(ref), i));
  }
  return { items, claims, fieldErrors };
}
