import "server-only";
import { prisma } from "@/lib/db";
import { saveProposal, type ProposedItem } from "@/lib/change-request";
import { refId } from "@/lib/citation-policy";
import type { ActionResult } from "@/lib/action-result";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import { findExistingSource } from "@/lib/source";
import type { SourceInput } from "@/lib/source-schema";
import { analyseArticle } from "@/lib/intake/analyse";
import { loadKnownRecords } from "@/lib/intake/known-records";
import type { Analysis, KnownRecord } from "@/lib/intake/types";
import { findNearNames } from "@/lib/name-search";
import { articleCitationItems } from "@/lib/intake-citations";
import { entityItems } from "@/lib/intake-records";
import type { IntakeArticle, IntakeInput } from "@/lib/intake-schema";
import { entityKeyOf, intakeDecisions } from "@/lib/intake-suggestions";
import { tieItems } from "@/lib/intake-ties";

// An article read into one change request: the editor pastes it, the analysis suggests
// (lib/intake/analyse.ts), the editor decides, and everything kept goes to review together.

const SOURCE_REF = "source";

// A record a suggestion may be: one whose name the article writes, or one whose name is
// a letter or two away ("possibly the same as …").
export type Candidate = { id: string; name: string; isPending: boolean; isNear: boolean };

export type IntakeDraft = { analysis: Analysis; form: IntakeInput; text: string; candidates: Record<string, Candidate[]> };

const RECORD_TYPES = { place: "PLACE", person: "PERSON", organisation: "ORGANISATION" } as const;

async function candidatesOf(analysis: Analysis, records: KnownRecord[]): Promise<Record<string, Candidate[]>> {
  const byId = new Map(records.map((record) => [record.id, record]));
  const entries = await Promise.all(
    analysis.entities.map(async (entity) => {
      const named = entity.recordIds.flatMap((id) => {
        const record = byId.get(id);
        return record ? [{ id, name: record.name, isPending: record.isPending, isNear: false }] : [];
      });
      const near = named.length ? [] : await findNearNames(prisma, entity.name, RECORD_TYPES[entity.kind], { limit: 3 });
      const possibly = near.map((match) => ({ id: match.recordId, name: match.name, isPending: false, isNear: true }));
      return [entityKeyOf(entity.index), [...named, ...possibly]] as [string, Candidate[]];
    }),
  );
  return Object.fromEntries(entries);
}

type ArticleSource = { sourceId: string; snapshot: string; items: ProposedItem[] } | { problem: string };

// The article as a source: the one registered already, or a new one this change registers.
// One waiting in another change cannot be cited until that change is approved.
async function articleSource(input: Pick<IntakeInput, "sourceId" | "article">): Promise<ArticleSource> {
  const existing = input.sourceId ? { id: input.sourceId, isPending: false, title: "" } : await findExistingSource(input.article);
  if (existing?.isPending)
    return { problem: `This article is waiting for review in another change (${existing.title}); approve that one first.` };
  if (existing) {
    const source = await prisma.source.findFirst({ where: { id: existing.id, retiredAt: null }, select: { id: true, snapshot: true } });
    if (!source) return { problem: "This source is not published; paste the article instead." };
    return { sourceId: source.id, snapshot: source.snapshot, items: [] };
  }
  const { snapshot, url, title, lang, publishedOn } = input.article;
  const payload: SourceInput = { url, title, publisher: "", lang, kind: "NEWS", publishedOn, accessedOn: "", snapshot };
  return { sourceId: refId(SOURCE_REF), snapshot, items: [{ recordType: "SOURCE", operation: "CREATE", ref: SOURCE_REF, payload }] };
}

// The analysis of a pasted article, and the editor's first draft of decisions.
export async function prepareIntake(actor: Actor, article: IntakeArticle): Promise<ActionResult<IntakeDraft>> {
  if (!can(actor, "change:propose")) throw new PermissionDenied("You may not propose changes");
  const { sourceId: chosen, ...pasted } = article;
  const source = await articleSource({ sourceId: chosen, article: pasted });
  if ("problem" in source) return { ok: false, formError: source.problem };
  const records = await loadKnownRecords();
  const text = source.snapshot;
  const analysis = analyseArticle(text, { lang: article.lang.split("-")[0], articleDate: article.publishedOn, records });
  const sourceId = source.items.length ? "" : source.sourceId;
  if (analysis.entities.length === 0)
    return { ok: false, fieldErrors: { snapshot: "No place, person or organisation is named here: is this the whole article?" } };
  const form = intakeDecisions(analysis, { ...pasted, snapshot: text }, sourceId, records);
  return { ok: true, data: { analysis, text, form, candidates: await candidatesOf(analysis, records) } };
}

// One change holding the source (when new), every record kept and every passage cited.
export async function submitIntake(actor: Actor, input: IntakeInput): Promise<ActionResult<{ id: string }>> {
  if (!can(actor, "change:propose")) throw new PermissionDenied("You may not propose changes");
  const source = await articleSource(input);
  if ("problem" in source) return { ok: false, formError: source.problem };
  const entities = await entityItems(input.entities);
  const ties = await tieItems(input.ties, entities.ids);
  const cited = articleCitationItems(source.sourceId, source.snapshot, [...entities.claims, ...ties.claims]);
  const fieldErrors = { ...entities.fieldErrors, ...ties.fieldErrors, ...cited.fieldErrors };
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const items = [...source.items, ...entities.items, ...ties.items, ...cited.items];
  if (items.length === source.items.length) return { ok: false, formError: "Keep at least one suggestion, or there is nothing to review." };
  return saveProposal(actor, { title: `From the article: ${input.article.title}`, items, submit: true });
}
