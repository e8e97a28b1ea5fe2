import { z } from "zod";
import { RecordType } from "@/lib/generated/prisma/enums";
import { plainText } from "@/lib/text-rules";

// A reviewer settles a disputed claim: one value preferred, the others deprecated with a
// reason. Every citation stays; only ranks change.
export const settlementSchema = z.object({
  recordType: z.enum(RecordType),
  recordId: z.string().min(1).max(100),
  field: z.string().min(1),
  preferredValue: z.string().min(1, "Choose the value to prefer"),
  // Becomes the deprecated citations' rankReason, held to the same rule (lib/citation-schema.ts).
  reason: plainText({ multiline: true }).min(5, "Say why the other values are not preferred").max(500, "At most 500 characters"),
});

export type SettlementInput = z.infer<typeof settlementSchema>;
