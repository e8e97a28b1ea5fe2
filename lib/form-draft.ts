import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";

// What an editor has typed into a form and not yet saved as a change: kept per user and
// per form address, so closing the tab or following a menu link loses nothing. Typed input
// need not be valid, so it is kept as the form holds it, never as change items.

export const MAX_DRAFT_BYTES = 256 * 1024;
const TOO_LARGE = `This form holds more than ${MAX_DRAFT_BYTES / 1024} kB, too much to keep as a draft: save it as a draft change instead.`;

// A form's address in the admin: "/admin/places/new", "/admin/changes/<id>/edit".
export const formKeySchema = z
  .string()
  .max(300)
  .regex(/^\/admin(\/[\w-]+)+$/, "Not a form's address");

// What the form holds: its react-hook-form values, and the titles of the records its pickers
// show (a draft's picked id alone would show as "Unknown record").
export const formDraftSchema = z.object({
  formKey: formKeySchema,
  values: z.record(z.string(), z.unknown()),
  picks: z.array(z.object({ id: z.string().max(100), title: z.string().max(500), detail: z.string().max(500) })).max(200),
});

export type FormDraftInput = z.infer<typeof formDraftSchema>;
export type KeptDraft = Omit<FormDraftInput, "formKey"> & { savedAt: Date };

const keyOf = (user: Actor, formKey: string) => ({ userId_formKey: { userId: user.id, formKey } });

export async function saveFormDraft(user: Actor, { formKey, values, picks }: FormDraftInput): Promise<ActionResult<{ savedAt: Date }>> {
  const stored = JSON.stringify({ values, picks });
  if (Buffer.byteLength(stored) > MAX_DRAFT_BYTES) return { ok: false, formError: TOO_LARGE };
  const { savedAt } = await prisma.formDraft.upsert({
    where: keyOf(user, formKey),
    create: { userId: user.id, formKey, values: stored },
    update: { values: stored },
    select: { savedAt: true },
  });
  return { ok: true, data: { savedAt } };
}

// The user's own draft of this form, or null; a stored draft that no longer reads (written
// by an older form) is no draft.
export async function loadFormDraft(user: Actor, formKey: string): Promise<KeptDraft | null> {
  const row = await prisma.formDraft.findUnique({ where: keyOf(user, formKey), select: { values: true, savedAt: true } });
  if (!row) return null;
  const parsed = formDraftSchema.omit({ formKey: true }).safeParse(parseJson(row.values));
  return parsed.success ? { ...parsed.data, savedAt: row.savedAt } : null;
}

export async function discardFormDraft(user: Actor, formKey: string): Promise<void> {
  await prisma.formDraft.deleteMany({ where: { userId: user.id, formKey } });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
