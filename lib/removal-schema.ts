import { z } from "zod";
import { plainText } from "@/lib/text-rules";

// A proposal to take a record out of the public record, with the reason the reviewer reads.
export const removalSchema = (noun: string) =>
  z.object({
    recordId: z.string().min(1).max(40),
    reason: plainText({ multiline: true }).min(5, `Say why this ${noun} should be removed`).max(2000, "At most 2,000 characters"),
  });

export type RemovalInput = z.infer<ReturnType<typeof removalSchema>>;

// What the reason field suggests, by kind.
export const PLACE_REMOVAL_HINT = "A duplicate, a place that does not exist, …";
export const TIE_EVENT_REMOVAL_HINT = "A duplicate, a wrong date, an event that did not happen, …";
