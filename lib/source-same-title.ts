import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/record-kind";
import type { PossiblySame } from "@/lib/record-picker-schema";
import { titleKeysOf } from "@/lib/search-key";
import { sourceSchema } from "@/lib/source-schema";

type SourceName = { title: string; publisher?: string | null };

// What to leave out: the source being corrected, and the change being revised or reviewed
// (its own proposal is not another registration of the source).
export type SameTitleExcept = { sourceId?: string; changeId?: string };

// "Possibly the same as …" under the source form's title (app/admin/api/sources/same-title):
// `except` is the source being corrected, `change` the author's change being revised.
export const sameTitleQuerySchema = z.object({
  title: z.string().trim().min(1, "Type a title").max(300, "At most 300 characters"),
  publisher: z.string().trim().max(200, "At most 200 characters").optional(),
  except: z.string().min(1).max(100).optional(),
  change: z.string().min(1).max(100).optional(),
});

// Stored payloads are parsed, not trusted: only what matching needs.
const pendingNameSchema = sourceSchema.pick({ title: true, publisher: true });

const comparable = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

// The same title, case and spacing aside, from the same publisher when both name one.
function isSameTitle(a: SourceName, b: SourceName): boolean {
  const [publisherA, publisherB] = [a.publisher, b.publisher].map((publisher) => comparable(publisher ?? ""));
  return comparable(a.title) === comparable(b.title) && (!publisherA || !publisherB || publisherA === publisherB);
}

const detailOf = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(", ");

// Published sources and proposals awaiting review with the same title as `name`. Not a
// refusal: a fuller text of one article is registered again on purpose, and two articles
// may share a headline. Only a same address or text is one source (lib/source.ts).
export async function findSameTitledSources(db: Tx, name: SourceName, except: SameTitleExcept = {}): Promise<PossiblySame[]> {
  const [published, pending] = await Promise.all([findPublished(db, name, except), findPending(db, name, except)]);
  return [...published, ...pending];
}

// Candidates by the title's first search key (its folded opening), compared in full after.
async function findPublished(db: Tx, name: SourceName, { sourceId }: SameTitleExcept): Promise<PossiblySame[]> {
  const [key] = titleKeysOf(name.title);
  if (!key) return [];
  const hits = await db.searchKey.findMany({ where: { recordType: "SOURCE", key }, select: { recordId: true }, take: 50 });
  const sources = await db.source.findMany({
    where: { id: { in: hits.map((hit) => hit.recordId), not: sourceId }, retiredAt: null },
    select: { id: true, title: true, publisher: true, publishedOn: true },
    orderBy: { title: "asc" },
  });
  return sources
    .filter((source) => isSameTitle(name, source))
    .map(({ id, title, publisher, publishedOn }) => ({
      id,
      title,
      detail: detailOf([publisher, publishedOn]) || "Source",
      path: `/sources/${id}`,
    }));
}

const PENDING_READ = 200;

async function findPending(db: Tx, name: SourceName, { changeId }: SameTitleExcept): Promise<PossiblySame[]> {
  const items = await db.changeItem.findMany({
    where: {
      recordType: "SOURCE",
      operation: "CREATE",
      status: "PENDING",
      changeRequest: { id: { not: changeId }, status: { in: ["DRAFT", "SUBMITTED"] } },
    },
    select: { changeRequestId: true, payload: true },
    // New sources wait a few at a time; a bound keeps a flood of them from slowing typing.
    orderBy: { id: "desc" },
    take: PENDING_READ,
  });
  return items.flatMap(({ changeRequestId, payload }) => {
    const proposed = pendingNameSchema.safeParse(payload);
    if (!proposed.success || !isSameTitle(name, proposed.data)) return [];
    const { title, publisher } = proposed.data;
    return [{ id: changeRequestId, title, detail: detailOf([publisher, "awaiting review"]), path: `/admin/review/${changeRequestId}` }];
  });
}
