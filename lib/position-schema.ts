import { z } from "zod";
import { optionalPartialDate } from "@/lib/partial-date";
import { plainText } from "@/lib/text-rules";

const partialDate = optionalPartialDate();

// A position held over a period: "Party Secretary of Jiangsu, 2023–". The title is kept as
// the source gave it, since titles get translated loosely.
const positionFields = z.object({
  personId: z.string().min(1, "Choose the person").max(100),
  title: plainText().min(2, "Enter the title as the source gives it").max(200, "At most 200 characters"),
  placeId: z.string().min(1).max(100).nullable(),
  organisationId: z.string().min(1).max(100).nullable(),
  startOn: partialDate,
  endOn: partialDate,
});

// Partial dates in the same precision compare as text; "2023" <= "2023-05" holds too.
export const endsAfterStart: [(position: { startOn: string; endOn: string }) => boolean, { path: string[]; message: string }] = [
  (position) => !position.startOn || !position.endOn || position.startOn <= position.endOn,
  { path: ["endOn"], message: "The end cannot come before the start" },
];

export const positionSchema = positionFields.refine(...endsAfterStart);

// A position as a row of the person form, where the person is the form's own.
export const positionRowFields = positionFields.omit({ personId: true });

export type PositionInput = z.infer<typeof positionSchema>;

// The claims cited before approval (lib/citation-policy.ts), here so that the person form
// marks them too: the title held, and when.
export const positionKeyClaims = (content: Pick<PositionInput, "startOn" | "endOn">): (keyof PositionInput)[] => [
  "title",
  ...(content.startOn ? (["startOn"] as const) : []),
  ...(content.endOn ? (["endOn"] as const) : []),
];

export const POSITION_FIELD_LABELS: Record<keyof PositionInput, string> = {
  personId: "Person",
  title: "Title",
  placeId: "Place",
  organisationId: "Organisation",
  startOn: "From",
  endOn: "Until",
};
