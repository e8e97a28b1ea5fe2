import { z } from "zod";
import { COUNTRIES } from "@/lib/countries";
import { AgreementKind, OrganisationKind, PlaceLevel, TieEventType, TieKind } from "@/lib/generated/prisma/enums";
import { LANGUAGES } from "@/lib/names";
import { optionalPartialDate } from "@/lib/partial-date";
import { sourceSchema } from "@/lib/source-schema";
import { plainText } from "@/lib/text-rules";
import { inferredReasonSchema, notationSchema } from "@/lib/claim-citation-schema";

const languageCodes = LANGUAGES.map((language) => language.code) as [string, ...string[]];
// The countries both places and organisations may name.
const countryCodes = COUNTRIES.map((country) => country.code) as [string, ...string[]];

// As every entry form asks for a date: an impossible day is named as such.
const partialDate = optionalPartialDate();

// The article an editor pastes (or a registered source, by its id): the source's text and
// what the analysis needs to read it.
export const intakeArticleSchema = sourceSchema.pick({ snapshot: true, url: true, lang: true }).extend({
  sourceId: z.string().max(40),
  title: plainText().max(300, "At most 300 characters"),
  publishedOn: partialDate.refine((value) => value !== "", "Enter the article's date: dates without a year are read from it"),
});

export type IntakeArticle = z.infer<typeof intakeArticleSchema>;

// A registered source picked to be read as the article instead of pasting it.
export const pickedSourceSchema = z.object({ sourceId: z.string().min(1, "Choose a registered source").max(40) });

// The passage of the article a suggestion rests on, where the analysis found it.
// A date the editor typed where the analysis found none has no passage of the article to
// cite: it cannot go to review from here, only from the record's own form with its source.
const NO_DATING_PASSAGE = "No passage of this article gives a date: clear it here, and add it on the record's own form with its source";

export const PART_OF_KEPT = "Choose another place kept as a record, or none";

export const passageSchema = z.object({
  quote: z.string().trim().max(1000, "Quote at most 1,000 characters: the passage, not the article"),
  start: z.number().int().nonnegative().nullable(),
});

export type Passage = z.infer<typeof passageSchema>;

// "e<n>": a suggestion's own name in the form, which ties use to name their places.
const entityKey = z.string().regex(/^e\d{1,4}$/, "Not a suggestion");

// The record type each kind of suggested name becomes.
export const ENTITY_RECORD_TYPES = { place: "PLACE", person: "PERSON", organisation: "ORGANISATION" } as const;

export const ENTITY_ACTIONS = { link: "Same as a recorded one", create: "Create new", alias: "Another name of", drop: "Drop" } as const;

// What the editor decides for one place, person or organisation the article names: it is a
// record Amity has (link), a new one (create, with its fields), another name of a
// suggestion above (alias: "余杭区" for "Yuhang District"), or not worth a record (drop).
export const intakeEntitySchema = z
  .object({
    key: entityKey,
    kind: z.enum(["place", "person", "organisation"]),
    action: z.enum(Object.keys(ENTITY_ACTIONS) as [keyof typeof ENTITY_ACTIONS, ...(keyof typeof ENTITY_ACTIONS)[]]),
    recordId: z.string().max(100),
    aliasOf: z.string().max(10),
    // A new place's whole: another suggestion of a place, kept as a record ("Jinan" for
    // "Licheng District"); empty for none.
    partOf: z.string().max(10),
    // Where the article writes the two together, which cites the whole; empty for none.
    partOfEvidence: passageSchema,
    name: plainText().max(200, "At most 200 characters"),
    // How the article writes the name, kept as a name of the new record when not English.
    text: plainText().max(200, "At most 200 characters"),
    textLang: z.enum(languageCodes),
    country: z.enum(countryCodes, "Choose a country").nullable(),
    level: z.enum(PlaceLevel),
    organisationKind: z.enum(OrganisationKind),
    // A person's position as the article gives it; empty for none.
    position: plainText().max(200, "At most 200 characters"),
    positionEvidence: passageSchema,
    evidence: passageSchema,
  })
  .superRefine((entity, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (entity.action === "link" && !entity.recordId) problem("recordId", "Choose the recorded one, or create a new record");
    if (entity.action === "alias" && !entity.aliasOf) problem("aliasOf", "Choose the suggestion this is another name of");
    if (entity.action !== "create") return;
    if (entity.name.length < 2) problem("name", "Enter the English name");
    if (entity.kind === "place" && !entity.country) problem("country", "Choose a country");
    if (entity.evidence.quote.length < 3) problem("evidence.quote", "Give the passage that names it");
  });

export type IntakeEntity = z.infer<typeof intakeEntitySchema>;

// One statement about a tie between two of the article's places: an event of its history.
export const intakeTieSchema = z
  .object({
    places: z.tuple([entityKey, entityKey]),
    action: z.enum(["create", "drop"]),
    type: z.enum(TieEventType, "Choose what happened"),
    kind: z.enum(TieKind).nullable(),
    term: plainText().max(120, "At most 120 characters"),
    occurredOn: partialDate,
    notation: notationSchema,
    inferredReason: inferredReasonSchema,
    evidence: passageSchema,
    dateEvidence: passageSchema,
    // The agreement of this article (its index among `agreements`) whose signing this is.
    agreement: z.number().int().min(0).nullish(),
  })
  .refine((tie) => tie.places[0] !== tie.places[1], { path: ["places"], message: "A tie joins two different places" })
  .refine((tie) => tie.action === "drop" || tie.evidence.quote.length >= 3, { path: ["evidence", "quote"], message: "Give the passage" })
  .refine((tie) => tie.action === "drop" || !tie.occurredOn || tie.dateEvidence.quote.length >= 3, {
    path: ["dateEvidence", "quote"],
    message: NO_DATING_PASSAGE,
  });

export type IntakeTie = z.infer<typeof intakeTieSchema>;

// One visit the article tells of: who led it, who sent it, where it went and when, each
// read from the suggestions above ("e<n>"), with the passages that say so.
export const intakeDelegationSchema = z
  .object({
    action: z.enum(["create", "drop"]),
    title: plainText().max(300, "At most 300 characters"),
    leader: z.union([entityKey, z.literal("")]),
    from: z.union([entityKey, z.literal("")]),
    members: z.array(entityKey).max(100, "At most 100 members"),
    stops: z.array(entityKey).max(60, "At most 60 stops"),
    startOn: partialDate,
    endOn: partialDate,
    notation: notationSchema,
    inferredReason: inferredReasonSchema,
    evidence: passageSchema,
    dateEvidence: passageSchema,
    stopsEvidence: passageSchema,
  })
  .superRefine((delegation, ctx) => {
    const problem = (path: string[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (delegation.action === "drop") return;
    if (delegation.title.length < 3) problem(["title"], "Give the visit a title, e.g. Weihai delegation to Incheon");
    if (!delegation.from) problem(["from"], "Choose the place or the organisation that sent the delegation");
    if (delegation.startOn && delegation.endOn && delegation.endOn < delegation.startOn)
      problem(["endOn"], "The end cannot come before the start");
    if (delegation.evidence.quote.length < 3) problem(["evidence", "quote"], "Give the passage that tells of the visit");
    if ((delegation.startOn || delegation.endOn) && delegation.dateEvidence.quote.length < 3)
      problem(["dateEvidence", "quote"], NO_DATING_PASSAGE);
    if (delegation.stops.length && delegation.stopsEvidence.quote.length < 3)
      problem(["stopsEvidence", "quote"], "Give the passage naming the stops");
  });

export type IntakeDelegation = z.infer<typeof intakeDelegationSchema>;

// One agreement the article tells of: its kind and title, the parties, signatories and venue
// read from the suggestions above ("e<n>"), when it was signed, and the passages that say so.
export const intakeAgreementSchema = z
  .object({
    action: z.enum(["create", "drop"]),
    kind: z.enum(AgreementKind, "Choose what kind of agreement this is"),
    title: plainText().max(300, "At most 300 characters"),
    parties: z.array(entityKey).max(20, "At most 20 parties"),
    signatories: z.array(entityKey).max(30, "At most 30 signatories"),
    // The place suggestion it was signed in; empty when the article does not say. The
    // building or hall, as the article names it, goes in venueName.
    venue: z.union([entityKey, z.literal("")]),
    venueName: plainText().max(200, "At most 200 characters"),
    signedOn: partialDate,
    notation: notationSchema,
    inferredReason: inferredReasonSchema,
    evidence: passageSchema,
    dateEvidence: passageSchema,
  })
  .superRefine((agreement, ctx) => {
    const problem = (path: string[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (agreement.action === "drop") return;
    if (new Set(agreement.parties).size < 2) problem(["parties"], "Tick at least two parties, or drop the agreement");
    if (agreement.evidence.quote.length < 3) problem(["evidence", "quote"], "Give the passage that tells of the signing");
    if (agreement.signedOn && agreement.dateEvidence.quote.length < 3) problem(["dateEvidence", "quote"], NO_DATING_PASSAGE);
  });

export type IntakeAgreement = z.infer<typeof intakeAgreementSchema>;

// Everything the editor submits: the article (a registered source, or one to register)
// and a decision for every suggestion.
export const intakeSchema = z
  .object({
    sourceId: z.string().max(40),
    article: intakeArticleSchema
      .omit({ sourceId: true })
      .extend({ title: plainText().min(3, "Enter the article's title").max(300, "At most 300 characters") }),
    entities: z.array(intakeEntitySchema).max(300, "At most 300 suggestions"),
    ties: z.array(intakeTieSchema).max(100, "At most 100 tie statements"),
    delegations: z.array(intakeDelegationSchema).max(30, "At most 30 delegations"),
    agreements: z.array(intakeAgreementSchema).max(30, "At most 30 agreements"),
  })
  .superRefine(({ entities }, ctx) => {
    // In the browser too, so the editor is taken to the field: a new place's whole must be
    // another place the editor keeps. (What it stands for once aliases resolve, and loops,
    // are checked on submission: lib/intake-records.ts.)
    for (const [i, entity] of entities.entries()) {
      if (entity.kind !== "place" || entity.action !== "create" || !entity.partOf) continue;
      const whole = entities.find((e) => e.key === entity.partOf);
      if (!whole || whole === entity || whole.kind !== "place" || whole.action === "drop")
        ctx.addIssue({ code: "custom", path: ["entities", i, "partOf"], message: PART_OF_KEPT });
    }
  });

export type IntakeInput = z.infer<typeof intakeSchema>;
