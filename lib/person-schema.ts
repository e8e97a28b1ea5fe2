import { z } from "zod";
import { mergeSchema } from "@/lib/merge-schema";
import { emptyName, nameSchema, MAX_NAMES } from "@/lib/name-schema";
import { plainText } from "@/lib/text-rules";
import { claimCitationSchema, uncited } from "@/lib/claim-citation-schema";
import { endsAfterStart, positionRowFields } from "@/lib/position-schema";

export const personSchema = z.object({
  name: plainText().min(2, "Enter the person's name in English").max(120, "At most 120 characters"),
  summary: plainText({ multiline: true }).max(2000, "At most 2,000 characters"),
  names: z.array(nameSchema).max(MAX_NAMES, `At most ${MAX_NAMES} names`),
});

export type PersonInput = z.infer<typeof personSchema>;

export const PERSON_FIELD_LABELS: Record<keyof PersonInput, string> = {
  name: "Name in English",
  summary: "Summary",
  names: "Names in other scripts and variants",
};

// The person form: the person, each name with the passage of the source that used it (a
// variant is only worth keeping with its source), the positions they held, each with the
// passages for its title and period, and the passage that shows the person exists.
export const personFormSchema = personSchema.extend({
  names: z.array(nameSchema.extend({ citation: claimCitationSchema })).max(MAX_NAMES, `At most ${MAX_NAMES} names`),
  existsCitation: claimCitationSchema,
  positions: z
    .array(
      positionRowFields
        .extend({
          // The published position this row edits; absent for a new one.
          id: z.string().max(40).optional(),
          titleCitation: claimCitationSchema,
          periodCitation: claimCitationSchema,
        })
        .refine(...endsAfterStart),
    )
    .max(50, "At most 50 positions"),
});

export type PersonForm = z.infer<typeof personFormSchema>;
export type PositionRow = PersonForm["positions"][number];

export const emptyPositionRow = (): PositionRow => ({
  title: "",
  placeId: null,
  organisationId: null,
  startOn: "",
  endOn: "",
  titleCitation: uncited(),
  periodCitation: uncited(),
});

export const emptyPersonForm = (): PersonForm => ({
  name: "",
  summary: "",
  names: [{ ...emptyName("zh-Hans"), citation: uncited() }],
  existsCitation: uncited(),
  positions: [],
});

export const personMergeSchema = mergeSchema("person");
