import { z } from "zod";
import { optionalPartialDate } from "@/lib/partial-date";
import { plainText } from "@/lib/text-rules";
import { claimCitationSchema, uncited } from "@/lib/claim-citation-schema";
import { removalSchema } from "@/lib/removal-schema";

const partialDate = optionalPartialDate();
const link = z.string().min(1).max(40).nullable();
const required = (message: string) => z.string().min(1, message).max(40);
// The published row an entry is (absent for a new one): an edit keeps that row, and so the
// citations of it, while the entry names the same place, person or thing.
const rowId = z.string().min(1).max(40).optional();

// Partial dates in the same precision compare as text; "2024-06" <= "2024-06-20" holds too.
const inOrder = (from: string, to: string) => !from || !to || from <= to;

export const memberSchema = z.object({
  id: rowId,
  personId: required("Choose the member, or remove this row"),
  positionId: link,
  title: plainText().max(200, "At most 200 characters"),
});

export const stopSchema = z
  .object({ id: rowId, placeId: required("Choose the place, or remove this stop"), startOn: partialDate, endOn: partialDate })
  .refine((stop) => inOrder(stop.startOn, stop.endOn), { path: ["endOn"], message: "The end cannot come before the start" });

// Whom they met: a person, a body, or only a title ("the City of Seoul"), where and when.
export const meetingSchema = z
  .object({
    id: rowId,
    personId: link,
    organisationId: link,
    placeId: link,
    counterpartTitle: plainText().max(200, "At most 200 characters"),
    occurredOn: partialDate,
    summary: plainText({ multiline: true }).max(1000, "At most 1,000 characters"),
  })
  .refine((m) => m.personId || m.organisationId || m.counterpartTitle, {
    path: ["counterpartTitle"],
    message: "Choose whom they met, or give their title as the source does",
  });

export const siteVisitSchema = z.object({
  id: rowId,
  name: plainText().min(1, "Name the site, or remove this row").max(200, "At most 200 characters"),
  organisationId: link,
  placeId: link,
  occurredOn: partialDate,
});

// Who gave and who received: each a place or an organisation, like an agreement's parties.
export const giftSchema = z.object({
  id: rowId,
  description: plainText().min(1, "Describe the gift, or remove this row").max(500, "At most 500 characters"),
  fromId: link,
  toId: link,
  occurredOn: partialDate,
});

export type MemberInput = z.infer<typeof memberSchema>;
export type StopInput = z.infer<typeof stopSchema>;
export type MeetingInput = z.infer<typeof meetingSchema>;
export type SiteVisitInput = z.infer<typeof siteVisitSchema>;
export type GiftInput = z.infer<typeof giftSchema>;

const delegationFields = z.object({
  title: plainText().min(3, "Give the visit a title, e.g. Jiangsu delegation to Japan and South Korea").max(300, "At most 300 characters"),
  leaderId: link,
  // The leader's Position record, when the source's title matches one they hold.
  leaderPositionId: link,
  leaderTitle: plainText().max(300, "At most 300 characters"),
  sendingPlaceId: link,
  sendingOrganisationId: link,
  startOn: partialDate,
  endOn: partialDate,
  purpose: plainText({ multiline: true }).max(2000, "At most 2,000 characters"),
  stops: z.array(stopSchema).max(60, "At most 60 stops"),
  // The source lists the stops in the order visited; otherwise only which places.
  itineraryOrdered: z.boolean(),
  otherPlacesNote: plainText().max(300, "At most 300 characters"),
  members: z.array(memberSchema).max(100, "At most 100 members"),
  meetings: z.array(meetingSchema).max(100, "At most 100 meetings"),
  siteVisits: z.array(siteVisitSchema).max(60, "At most 60 site visits"),
  gifts: z.array(giftSchema).max(30, "At most 30 gifts"),
});

type DelegationFields = z.infer<typeof delegationFields>;

function checkDelegation(delegation: DelegationFields, ctx: z.RefinementCtx) {
  if (!delegation.sendingPlaceId && !delegation.sendingOrganisationId) {
    ctx.addIssue({ code: "custom", path: ["sendingPlaceId"], message: "Choose the place or the organisation that sent the delegation" });
  }
  if (!inOrder(delegation.startOn, delegation.endOn)) {
    ctx.addIssue({ code: "custom", path: ["endOn"], message: "The end cannot come before the start" });
  }
  if (delegation.leaderPositionId && !delegation.leaderId) {
    ctx.addIssue({ code: "custom", path: ["leaderPositionId"], message: "Choose the leader before their position" });
  }
}

// The delegation's content: what a proposal carries, a revision keeps and the review diff
// compares. Linked records are ids (or "ref:person-1" for a person new in the same change);
// each list is stored as rows (lib/delegation-record.ts), the stops in the order given.
export const delegationSchema = delegationFields.superRefine(checkDelegation);

export type DelegationInput = z.infer<typeof delegationSchema>;

export const DELEGATION_FIELD_LABELS: Record<keyof DelegationInput, string> = {
  title: "Title",
  leaderId: "Leader",
  leaderPositionId: "Leader's position",
  leaderTitle: "Leader's title as the source gives it",
  sendingPlaceId: "Sending place",
  sendingOrganisationId: "Sending organisation",
  startOn: "From",
  endOn: "Until",
  purpose: "Purpose",
  stops: "Itinerary",
  itineraryOrdered: "Stops in the order visited",
  otherPlacesNote: "Other places (unnamed)",
  members: "Members",
  meetings: "Meetings",
  siteVisits: "Sites visited",
  gifts: "Gifts",
};

export const DELEGATION_VALUE_LABELS = {
  itineraryOrdered: { true: "Yes, as the source lists them", false: "No, in no particular order" },
};

// The passages the form asks for: the key claims (leader, dates, sending side) and, so the
// public itinerary and meetings carry footnotes, the stops and the meetings as a whole.
export const DELEGATION_CLAIMS = ["leaderId", "startOn", "sendingPlaceId"] as const satisfies (keyof DelegationInput)[];
export const DELEGATION_CITED_LISTS = ["stops", "meetings"] as const satisfies (keyof DelegationInput)[];
export type DelegationCitation = (typeof DELEGATION_CLAIMS)[number] | (typeof DELEGATION_CITED_LISTS)[number];

// The fields each passage supports, among those the content fills: the leader's passage
// names their title too; the dates' passage both ends; the sender's, place and body.
export function citedFields(content: Partial<DelegationInput>, citation: DelegationCitation): (keyof DelegationInput)[] {
  const filled = (fields: (keyof DelegationInput)[]) =>
    fields.filter((field) => {
      const value = content[field];
      return Array.isArray(value) ? value.length > 0 : !!value;
    });
  switch (citation) {
    case "leaderId":
      return filled(["leaderId", "leaderTitle"]);
    case "startOn":
      return filled(["startOn", "endOn"]);
    case "sendingPlaceId":
      return filled(["sendingPlaceId", "sendingOrganisationId"]);
    case "stops":
    case "meetings":
      return filled([citation]);
  }
}

// Who led, when, and who sent them (issue 8): what a report most often gets wrong.
export function delegationKeyClaims(content: Partial<DelegationInput>): (keyof DelegationInput)[] {
  return [
    ...citedFields(content, "leaderId").filter((field) => field === "leaderId"),
    ...citedFields(content, "startOn"),
    ...citedFields(content, "sendingPlaceId"),
  ];
}

export const NATIVE_LANGUAGES = { "zh-Hans": "Chinese (simplified)", "zh-Hant": "Chinese (traditional)", ja: "Japanese", ko: "Korean" };

// A person the source names who is not published yet: proposed in the same change (a
// PERSON item with this ref) and chosen in the form's person fields as "ref:<ref>".
export const newPersonSchema = z.object({
  ref: z.string().regex(/^person-\d{1,3}$/, "Not a new person's reference"),
  name: plainText().min(2, "Enter the name as the source gives it, in English").max(120, "At most 120 characters"),
  nativeName: plainText().max(200, "At most 200 characters"),
  nativeLang: z.enum(Object.keys(NATIVE_LANGUAGES) as [keyof typeof NATIVE_LANGUAGES], "Choose the script"),
  citation: claimCitationSchema,
});

export type NewPerson = z.infer<typeof newPersonSchema>;

export const delegationCitationsSchema = z.object({
  leaderId: claimCitationSchema,
  startOn: claimCitationSchema,
  sendingPlaceId: claimCitationSchema,
  stops: claimCitationSchema,
  meetings: claimCitationSchema,
});

export type DelegationCitations = z.infer<typeof delegationCitationsSchema>;

// Every "ref:person-N" the content names.
export function personRefsOf(content: DelegationInput): { path: string; id: string }[] {
  const people = [
    { path: "leaderId", id: content.leaderId },
    ...content.members.map((m, i) => ({ path: `members.${i}.personId`, id: m.personId })),
    ...content.meetings.map((m, i) => ({ path: `meetings.${i}.personId`, id: m.personId })),
  ];
  return people.flatMap(({ path, id }) => (id?.startsWith("ref:") ? [{ path, id }] : []));
}

const CITATION_CLAIMS: Record<DelegationCitation, string> = {
  leaderId: "Choose the leader this passage names, or clear it",
  startOn: "Give the dates this passage states, or clear it",
  sendingPlaceId: "Choose who sent the delegation, or clear this passage",
  stops: "Add the stops this passage names, or clear it",
  meetings: "Add the meetings this passage reports, or clear it",
};

// A passage for nothing would be dropped, and new people must be named somewhere.
function checkForm(form: DelegationFields & { citations: DelegationCitations; newPeople: NewPerson[] }, ctx: z.RefinementCtx) {
  checkDelegation(form, ctx);
  for (const [citation, message] of Object.entries(CITATION_CLAIMS) as [DelegationCitation, string][]) {
    if (form.citations[citation].sourceId && citedFields(form, citation).length === 0) {
      ctx.addIssue({ code: "custom", path: ["citations", citation, "sourceId"], message });
    }
  }
  const refs = form.newPeople.map((person) => `ref:${person.ref}`);
  const named = personRefsOf(form);
  for (const { path, id } of named) {
    if (!refs.includes(id)) ctx.addIssue({ code: "custom", path: path.split("."), message: "Choose the person again" });
  }
  form.newPeople.forEach((person, i) => {
    if (refs.indexOf(refs[i]) !== i) ctx.addIssue({ code: "custom", path: ["newPeople", i, "ref"], message: "Listed twice" });
    else if (!named.some((n) => n.id === refs[i])) {
      ctx.addIssue({
        code: "custom",
        path: ["newPeople", i, "name"],
        message: "Choose this person as the leader, a member or someone met, or remove them",
      });
    }
  });
}

// The entry form: the content, the passages for its claims, and the people it adds.
export const delegationFormSchema = delegationFields
  .extend({ citations: delegationCitationsSchema, newPeople: z.array(newPersonSchema).max(20, "At most 20 new people") })
  .superRefine(checkForm);

export type DelegationFormValues = z.infer<typeof delegationFormSchema>;

export const uncitedDelegation = (): DelegationCitations => ({
  leaderId: uncited(),
  startOn: uncited(),
  sendingPlaceId: uncited(),
  stops: uncited(),
  meetings: uncited(),
});

export const emptyStop = (): StopInput => ({ placeId: "", startOn: "", endOn: "" });
export const emptyMember = (): MemberInput => ({ personId: "", positionId: null, title: "" });
export const emptyMeeting = (): MeetingInput => ({
  personId: null,
  organisationId: null,
  placeId: null,
  counterpartTitle: "",
  occurredOn: "",
  summary: "",
});
export const emptySiteVisit = (): SiteVisitInput => ({ name: "", organisationId: null, placeId: null, occurredOn: "" });
export const emptyGift = (): GiftInput => ({ description: "", fromId: null, toId: null, occurredOn: "" });
export const emptyNewPerson = (ref: string): NewPerson => ({ ref, name: "", nativeName: "", nativeLang: "zh-Hans", citation: uncited() });

export const emptyDelegation = (): DelegationFormValues => ({
  title: "",
  leaderId: null,
  leaderPositionId: null,
  leaderTitle: "",
  sendingPlaceId: null,
  sendingOrganisationId: null,
  startOn: "",
  endOn: "",
  purpose: "",
  stops: [],
  itineraryOrdered: true,
  otherPlacesNote: "",
  members: [],
  meetings: [],
  siteVisits: [],
  gifts: [],
  citations: uncitedDelegation(),
  newPeople: [],
});

export const delegationRemovalSchema = removalSchema("delegation");
export const DELEGATION_REMOVAL_HINT = "A duplicate of another visit, a visit that did not happen, …";
