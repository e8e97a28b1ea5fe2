import { z } from "zod";
import type { ApprovalSelection } from "@/lib/change-review";

// The reviewer's decision. `selected` holds "itemId" for a whole record or
// "itemId:field" for one field of an edit; `fieldComments` is keyed the same way;
// `seenRevision` is the revision of the change the page showed.
export const reviewDecisionSchema = z
  .object({
    decision: z.enum(["approve", "approve-selected", "return"]),
    seenRevision: z.number().int().positive(),
    comment: z.string().trim().max(4000, "At most 4,000 characters"),
    selected: z.array(z.string()),
    fieldComments: z.record(z.string(), z.string().trim().max(2000, "At most 2,000 characters")),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "return" && !value.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what the author should change." });
    }
    if (value.decision === "approve-selected" && !value.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Say why the rest goes back to the author." });
    }
    if (value.decision === "approve-selected" && value.selected.length === 0) {
      ctx.addIssue({ code: "custom", path: ["selected"], message: "Tick the parts you approve." });
    }
  });

export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const emptyDecision = (seenRevision: number): ReviewDecision => ({
  decision: "approve",
  seenRevision,
  comment: "",
  selected: [],
  fieldComments: {},
});

export function selectionFrom(selected: string[]): ApprovalSelection {
  const selection: ApprovalSelection = {};
  for (const entry of selected) {
    const [itemId, field] = entry.split(":");
    if (!field) selection[itemId] = "all";
    else if (selection[itemId] !== "all") selection[itemId] = [...((selection[itemId] as string[]) ?? []), field];
  }
  return selection;
}

export function fieldCommentsFrom(comments: Record<string, string>) {
  return Object.entries(comments)
    .filter(([, body]) => body.trim())
    .map(([key, body]) => {
      const [itemId, field] = key.split(":");
      return { itemId, field, body: body.trim() };
    });
}
