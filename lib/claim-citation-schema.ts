import { z } from "zod";
import { plainText } from "@/lib/text-rules";

// How a source writes a date ("June 19", "the afternoon of the 14th"), and, when the value
// fills in a part the source leaves out, which part and why ("year from the article's date").
export const notationSchema = plainText().max(100, "At most 100 characters");
export const inferredReasonSchema = plainText().max(300, "At most 300 characters");

// The passage an editor gives for one claim while entering a record: the source, and the
// words selected (or pasted) from its text. Left without a source, the claim stays
// uncited and approval will say so (lib/citation-policy.ts).
export const claimCitationSchema = z
  .object({
    sourceId: z.string().max(40),
    quote: z.string().trim().max(1000, "Quote at most 1,000 characters: the passage, not the article"),
    // Where the selection started in the source's text: tells apart two equal passages.
    startOffset: z.number().int().nonnegative().nullable(),
    assertedValue: plainText().max(200, "At most 200 characters"),
    // For a date claim only; optional, so that forms citing no date leave them out.
    notation: notationSchema.optional(),
    inferredReason: inferredReasonSchema.optional(),
  })
  .superRefine((citation, ctx) => {
    if (citation.sourceId && citation.quote.length < 3) {
      ctx.addIssue({ code: "custom", path: ["quote"], message: "Select or paste the passage that supports this claim" });
    }
    if (!citation.sourceId && citation.quote) {
      ctx.addIssue({ code: "custom", path: ["sourceId"], message: "Choose the source this passage is from" });
    }
  });

export type ClaimCitation = z.infer<typeof claimCitationSchema>;

export const uncited = (): ClaimCitation => ({ sourceId: "", quote: "", startOffset: null, assertedValue: "" });
