import "server-only";
import { prisma } from "@/lib/db";
import type { ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import type { Actor } from "@/lib/permissions";
import { foldForMatching } from "@/lib/quote-anchor";
import { findExistingSource, type ExistingSource } from "@/lib/source";
import { findSourceWithin, holdsAllPassages } from "@/lib/source-passages";
import { sourceRecord } from "@/lib/source-record";
import type { SourceInput } from "@/lib/source-schema";
import { snapshotHash } from "@/lib/source-text";
import type { IntakeArticle } from "@/lib/intake-schema";

// The article an intake cites: a source registered already (picked, at the same address,
// with the same text, or whose every passage the pasted text holds), or a new one the
// change registers.

const SOURCE_REF = "source";

type Article = Omit<IntakeArticle, "sourceId">;

// `registered`: the published source cited, and whether the change gives it the fuller
// text pasted. `heldBy`: the editor's own change that registers this text already.
export type ArticleSource =
  | { sourceId: string; snapshot: string; items: ProposedItem[]; registered: { title: string; isFuller: boolean } | null }
  | { problem: string; heldBy?: string };

function newSource({ snapshot, url, title, lang, publishedOn }: Article): ArticleSource {
  const payload: SourceInput = { url, title, publisher: "", lang, kind: "NEWS", publishedOn, accessedOn: "", snapshot };
  const items: ProposedItem[] = [{ recordType: "SOURCE", operation: "CREATE", ref: SOURCE_REF, payload }];
  return { sourceId: refId(SOURCE_REF), snapshot, items, registered: null };
}

// A text waiting in a change cannot be cited until that change is approved; the editor's
// own change is named so that they can open it.
async function held(actor: Actor, pending: ExistingSource): Promise<ArticleSource> {
  const change = await prisma.changeRequest.findUnique({ where: { id: pending.id }, select: { authorId: true } });
  const problem = `This article is waiting for review in another change (${pending.title}); approve that one first.`;
  return change?.authorId === actor.id ? { problem, heldBy: pending.id } : { problem };
}

// The registered source's own text, or the fuller one pasted when it holds every passage
// of it: then the change replaces the source's text first (its items come before the
// citations), and the citations it has are anchored again in the new text on approval.
async function registeredSource(id: string, pasted: string): Promise<ArticleSource> {
  const current = await sourceRecord.load(prisma, id);
  if (!current) return { problem: "This source is not published; paste the article instead." };
  const stored = current.content.snapshot;
  const same: ArticleSource = { sourceId: id, snapshot: stored, items: [], registered: { title: current.title, isFuller: false } };
  if (!pasted || snapshotHash(pasted) === snapshotHash(stored)) return same;
  if (holdsAllPassages(pasted, stored)) {
    const payload: SourceInput = { ...current.content, snapshot: pasted };
    const item: ProposedItem = { recordType: "SOURCE", operation: "UPDATE", recordId: id, baseVersion: current.version, payload };
    return { sourceId: id, snapshot: pasted, items: [item], registered: { title: current.title, isFuller: true } };
  }
  // Part of the registered text, pasted with its address: read the whole of it.
  if (foldForMatching(stored).includes(foldForMatching(pasted))) return same;
  return {
    problem: `The registered source “${current.title}” holds text that is not in what you pasted: pick it to read its own text, or correct its text first.`,
  };
}

export async function articleSource(actor: Actor, sourceId: string, article: Article): Promise<ArticleSource> {
  const known = sourceId
    ? { id: sourceId, title: "", isPending: false }
    : ((await findExistingSource(article)) ?? (await findSourceWithin(article.snapshot)));
  if (known?.isPending) return held(actor, known);
  return known ? registeredSource(known.id, article.snapshot) : newSource(article);
}

// A registered source's text and details, to read it as the article.
export async function readRegisteredSource(id: string): Promise<IntakeArticle | null> {
  const source = await sourceRecord.load(prisma, id);
  if (!source) return null;
  const { snapshot, url, title, lang, publishedOn } = source.content;
  return { sourceId: id, snapshot, url, title, lang, publishedOn };
}
