import { z } from "zod";
import type { ApprovalSelection } from "@/lib/change-review";
import { plainText } from "@/lib/text-rules";

const MAX_PARTS = 2000;

// The reviewer's decision. `selected` holds "itemId" for a whole record or
// "itemId:field" for one field of an edit; `fieldComments` is keyed the same way;
// `seenRevision` is the revision of the change the page showed.
export const reviewDecisionSchema = z
  .object({
    decision: z.enum(["approve", "approve-selected", "return"]),
    seenRevision: z.number().int().positive(),
    comment: plainText({ multiline: true }).max(4000, "At most 4,000 characters"),
    // An item id, or "itemId:field": a change holds at most a few hundred of them.
    selected: z.array(z.string().max(120)).max(MAX_PARTS, "Too many parts selected"),
    fieldComments: z
      .record(z.string().max(120), plainText({ multiline: true }).max(2000, "At most 2,000 characters"))
      .refine((comments) => Object.keys(comments).length <= MAX_PARTS, "Too many comments"),
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

// Built on a Map: ids come from the client, and "constructor" or "__proto__" must read as
// ids like any other, not as what every object inherits.
export function selectionFrom(selected: string[]): ApprovalSelection {
  const selection = new Map<string, "all" | string[]>();
  for (const entry of selected) {
    const [itemId, field] = entry.split(":");
    const earlier = selection.get(itemId);
    if (!field) selection.set(itemId, "all");
    else if (earlier !== "all") selection.set(itemId, [...(earlier ?? []), field]);
  }
  return Object.fromEntries(selection);
}

export function fieldCommentsFrom(comments: Record<string, string>) {
  return Object.entries(comments)
    .filter(([, body]) => body.trim())
    .map(([key, body]) => {
      const [itemId, field] = key.split(":");
      return { itemId, field, body: body.trim() };
    });
}
