import { z } from "zod";
import { COUNTRIES } from "@/lib/countries";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { emptyName, nameSchema, MAX_NAMES } from "@/lib/name-schema";
import { plainText } from "@/lib/text-rules";
import { claimCitationSchema, uncited } from "@/lib/claim-citation-schema";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisation-kinds";
import type { PickedRecord } from "@/lib/record-picker-schema";

const countryCodes = COUNTRIES.map((country) => country.code) as [string, ...string[]];

// The public page calls an organisation of no listed kind just "Organisation"; the form
// and the review diff offer it as a choice.
export const ORGANISATION_KIND_CHOICES: Record<OrganisationKind, string> = { ...ORGANISATION_KIND_LABELS, OTHER: "Other" };

// The organisation's content: what a proposal carries, a revision keeps and the review
// diff compares. Input and output are the same shape, so the server re-validates exactly
// what the form sent.
export const organisationSchema = z.object({
  name: plainText().min(2, "Enter the organisation's English name").max(200, "At most 200 characters"),
  kind: z.enum(OrganisationKind, "Choose what kind of organisation this is"),
  country: z.enum(countryCodes, "Choose a country").nullable(),
  placeId: z.string().min(1).max(100).nullable(),
  parentId: z.string().min(1).max(100).nullable(),
  summary: plainText({ multiline: true }).max(2000, "At most 2,000 characters"),
  names: z.array(nameSchema).max(MAX_NAMES, `At most ${MAX_NAMES} names`),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;

// The claims cited before approval (lib/citation-policy.ts), here so that the form marks them
// too: organisations are easily invented by a bad translation, so each must be shown to exist.
export const organisationKeyClaims = (): "exists"[] => ["exists"];

export const ORGANISATION_FIELD_LABELS: Record<keyof OrganisationInput, string> = {
  name: "English name",
  kind: "Kind of organisation",
  country: "Country",
  placeId: "Place",
  parentId: "Part of",
  summary: "Summary",
  names: "Names in other scripts",
};

// The entry form: the content, and the passage that shows the organisation exists.
export const organisationFormSchema = organisationSchema.extend({ existsCitation: claimCitationSchema });

export type OrganisationFormValues = z.infer<typeof organisationFormSchema>;

// A function: each new form gets names with ids of its own.
export const emptyOrganisation = (): OrganisationFormValues => ({
  name: "",
  kind: "GOVERNMENT",
  country: "CN",
  placeId: null,
  parentId: null,
  summary: "",
  names: [emptyName("zh-Hans")],
  existsCitation: uncited(),
});

// What the form's pickers show before the editor touches them: the records its values name.
export type OrganisationPicks = { place: PickedRecord | null; parent: PickedRecord | null; source: PickedRecord | null };
