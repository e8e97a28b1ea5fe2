import { z } from "zod";
import { EventKind } from "@/lib/generated/prisma/enums";
import { isPartialDate, optionalPartialDate } from "@/lib/partial-date";
import { plainText } from "@/lib/text-rules";
import { claimCitationSchema, uncited } from "@/lib/claim-citation-schema";
import { EVENT_KIND_LABELS } from "@/lib/event-kinds";
import { removalSchema } from "@/lib/removal-schema";

// The public page calls an event of no listed kind just "Event"; the form and the review
// diff offer it as a choice.
export const EVENT_KIND_CHOICES: Record<EventKind, string> = { ...EVENT_KIND_LABELS, OTHER: "Other" };

const MAX_LINKS = 20;

const optionalDate = optionalPartialDate();

// Ids of places or organisations, in the order the source names them; each row chosen, none twice.
const linkedIds = (what: string) =>
  z
    .array(z.string().max(40))
    .max(MAX_LINKS, `At most ${MAX_LINKS}`)
    .superRefine((ids, ctx) => {
      ids.forEach((id, i) => {
        if (!id) ctx.addIssue({ code: "custom", path: [i], message: `Choose the ${what}, or remove this row` });
        else if (ids.indexOf(id) !== i) ctx.addIssue({ code: "custom", path: [i], message: `This ${what} is listed already` });
      });
    });

// The event's content: what a proposal carries, a revision keeps and the review diff
// compares. Places and organisers are ids, so the diff names them; each list is stored as
// rows in order (lib/event-record.ts). A source often names neither, so both may be empty.
export const eventSchema = z.object({
  name: plainText().min(2, "Enter the event's name as the source gives it").max(300, "At most 300 characters"),
  kind: z.enum(EventKind, "Choose what kind of event this is"),
  startOn: optionalDate,
  endOn: optionalDate,
  isRecurring: z.boolean(),
  places: linkedIds("place"),
  organisers: linkedIds("organiser"),
  // The delegation that attended.
  delegationId: z.string().min(1).max(40).nullable(),
  summary: plainText({ multiline: true }).max(2000, "At most 2,000 characters"),
});

export type EventInput = z.infer<typeof eventSchema>;

// The claims cited before approval (lib/citation-policy.ts), here so that the form marks them
// too: that it took place, when and where (issue 8). An event is easily invented or misdated
// by a translation, and its places decide which profiles list it.
export const eventKeyClaims = (content: Pick<EventInput, "startOn" | "places">): ("exists" | keyof EventInput)[] => [
  "exists",
  ...(content.startOn ? (["startOn"] as const) : []),
  ...(content.places.length > 0 ? (["places"] as const) : []),
];

// An end before the start is a typo; dates of different precision compare at the vaguer one
// ("2024-06" to "2024-06-21" is fine).
function checkPeriod({ startOn, endOn }: { startOn: string; endOn: string }, ctx: z.RefinementCtx) {
  if (!startOn || !endOn || !isPartialDate(startOn) || !isPartialDate(endOn)) return;
  const precision = Math.min(startOn.length, endOn.length);
  if (endOn.slice(0, precision) < startOn.slice(0, precision))
    ctx.addIssue({ code: "custom", path: ["endOn"], message: "The event cannot end before it starts" });
}

export const storedEventSchema = eventSchema.superRefine(checkPeriod);

export const EVENT_FIELD_LABELS: Record<keyof EventInput, string> = {
  name: "Name",
  kind: "Kind of event",
  startOn: "Start date",
  endOn: "End date",
  isRecurring: "Recurring",
  places: "Places",
  organisers: "Organisers",
  delegationId: "Delegation that attended",
  summary: "Summary",
};

// The claims the form cites, each by the passage selected in its source. That the event
// took place, its date and its places are key claims (lib/event-record.ts); the organisers
// may be cited too.
export const EVENT_CLAIMS = ["exists", "startOn", "places", "organisers"] as const;
export type EventClaim = (typeof EVENT_CLAIMS)[number];

export const eventCitationsSchema = z.object({
  exists: claimCitationSchema,
  startOn: claimCitationSchema,
  places: claimCitationSchema,
  organisers: claimCitationSchema,
});

export type EventCitations = z.infer<typeof eventCitationsSchema>;

// The entry form: the content and the passages for its claims.
export const eventFormSchema = eventSchema.extend({ citations: eventCitationsSchema }).superRefine(checkPeriod);

export type EventFormValues = z.infer<typeof eventFormSchema>;

export const uncitedEventClaims = (): EventCitations => ({
  exists: uncited(),
  startOn: uncited(),
  places: uncited(),
  organisers: uncited(),
});

export const emptyEvent = (): EventFormValues => ({
  name: "",
  kind: "FORUM",
  startOn: "",
  endOn: "",
  isRecurring: false,
  places: [""],
  organisers: [],
  delegationId: null,
  summary: "",
  citations: uncitedEventClaims(),
});

// A proposal to take the event out of the public record, with the reason the reviewer reads.
export const eventRemovalSchema = removalSchema("event");
export const EVENT_REMOVAL_HINT = "A duplicate, an event that did not take place, …";
