import { z } from "zod";
import { plainText } from "@/lib/text-rules";

// A proposal that two records of one kind are the same: `recordId` is folded into `intoId`.
export const mergeSchema = (noun: string) =>
  z.object({
    recordId: z.string().min(1).max(40),
    intoId: z.string().min(1, `Choose the ${noun} this one duplicates`).max(40),
    reason: plainText({ multiline: true }).min(5, `Say why these are the same ${noun}`).max(2000, "At most 2,000 characters"),
  });

export type MergeInput = z.infer<ReturnType<typeof mergeSchema>>;
