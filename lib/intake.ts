import "server-only";
import { prisma } from "@/lib/db";
import { saveProposal } from "@/lib/change-request";
import type { ActionResult } from "@/lib/action-result";
import { can, PermissionDenied, type Actor } from "@/lib/permissions";
import { analyseArticle } from "@/lib/intake/analyse";
import { loadKnownNames } from "@/lib/intake/known-records";
import type { Analysis, KnownRecord } from "@/lib/intake/types";
import { findNearNames } from "@/lib/name-search";
import { agreementItems, signedAgreementRef } from "@/lib/intake-agreements";
import { aliasUpdates, hasSpellingOf } from "@/lib/intake-aliases";
import { articleCitationItems } from "@/lib/intake-citations";
import { delegationItems } from "@/lib/intake-delegations";
import { dropRecordedAlready, type RecordedAlready } from "@/lib/intake-recorded";
import { entityItems } from "@/lib/intake-records";
import { articleSource, readRegisteredSource } from "@/lib/intake-source";
import { ENTITY_RECORD_TYPES, type IntakeArticle, type IntakeInput } from "@/lib/intake-schema";
import { entityKeyOf, intakeDecisions } from "@/lib/intake-suggestions";
import { tieItems } from "@/lib/intake-ties";

// An article read into one change request: the editor pastes it, the analysis suggests
// (lib/intake/analyse.ts), the editor decides, and everything kept goes to review together.

// A record a suggestion may be: one whose name the article writes, or one whose name is
// a letter or two away ("possibly the same as …"). `hasSpelling`: it is filed under the
// name exactly as the article writes it (a variant such as traditional for simplified
// characters finds it too, but would still be added as another name).
export type Candidate = { id: string; name: string; isPending: boolean; isNear: boolean; hasSpelling: boolean };

// `registered`: the published source the article is, when it is one. `recorded`: the visits
// and agreements suggested that Amity has already (dropped in `form`).
export type IntakeDraft = {
  analysis: Analysis;
  form: IntakeInput;
  text: string;
  candidates: Record<string, Candidate[]>;
  registered: { title: string; isFuller: boolean } | null;
  recorded: RecordedAlready;
};

// A refusal may name the editor's own change that holds the article already.
export type IntakeRefused = { ok: false; fieldErrors?: Record<string, string>; formError?: string; heldBy?: string };

async function candidatesOf(analysis: Analysis, records: KnownRecord[], form: IntakeInput): Promise<Record<string, Candidate[]>> {
  const byId = new Map(records.map((record) => [record.id, record]));
  const entries = await Promise.all(
    analysis.entities.map(async (entity) => {
      const written = form.entities.find((e) => e.key === entityKeyOf(entity.index))!;
      const named = entity.recordIds.flatMap((id) => {
        const record = byId.get(id);
        if (!record) return [];
        return [{ id, name: record.name, isPending: record.isPending, isNear: false, hasSpelling: hasSpellingOf(record, written) }];
      });
      const near = named.length ? [] : await findNearNames(prisma, entity.name, ENTITY_RECORD_TYPES[entity.kind], { limit: 3 });
      const possibly = near.map((match) => {
        const record = byId.get(match.recordId);
        // Fukuoka City and Fukuoka Prefecture share a key: a level the name states must agree.
        const isOtherLevel = written.level !== "UNKNOWN" && match.level !== null && match.level !== written.level;
        const isNear = match.distance > 0 || !record || isOtherLevel;
        return { id: match.recordId, name: match.name, isPending: false, isNear, hasSpelling: !isNear && hasSpellingOf(record, written) };
      });
      return [entityKeyOf(entity.index), [...named, ...possibly]] as [string, Candidate[]];
    }),
  );
  return Object.fromEntries(entries);
}

// A name the analysis did not read as a record's, but filed under the same search key as
// exactly one ("Jiangsu Province" and the record Jiangsu: the level word is folded away), is
// linked to it as a known name is, rather than offered as a new record.
function linkSameKeyNames(form: IntakeInput, candidates: Record<string, Candidate[]>) {
  for (const entity of form.entities) {
    const same = (candidates[entity.key] ?? []).filter((candidate) => !candidate.isNear);
    if (entity.action === "create" && same.length === 1) Object.assign(entity, { action: "link", recordId: same[0].id });
  }
}

// The analysis of a pasted article (or of a registered source's text), and the editor's
// first draft of decisions.
export async function prepareIntake(actor: Actor, article: IntakeArticle): Promise<{ ok: true; data: IntakeDraft } | IntakeRefused> {
  if (!can(actor, "change:propose")) throw new PermissionDenied("You may not propose changes");
  const { sourceId: chosen, ...pasted } = article;
  const source = await articleSource(actor, chosen, pasted);
  if ("problem" in source) return { ok: false, formError: source.problem, heldBy: source.heldBy };
  const { records, index } = await loadKnownNames();
  const text = source.snapshot;
  const analysis = analyseArticle(text, { lang: article.lang.split("-")[0], articleDate: article.publishedOn, records, index });
  if (analysis.entities.length === 0)
    return { ok: false, fieldErrors: { snapshot: "No place, person or organisation is named here: is this the whole article?" } };
  const { registered } = source;
  const sourceId = registered ? source.sourceId : "";
  const form = intakeDecisions(analysis, { ...pasted, title: registered?.title ?? pasted.title, snapshot: text }, sourceId, records);
  const candidates = await candidatesOf(analysis, records, form);
  linkSameKeyNames(form, candidates);
  const recorded = await dropRecordedAlready(form);
  return { ok: true, data: { analysis, text, form, candidates, registered, recorded } };
}

// One change holding the source (when new, or its fuller text), every record kept and
// every passage cited.
export async function submitIntake(actor: Actor, input: IntakeInput): Promise<ActionResult<{ id: string }> | IntakeRefused> {
  if (!can(actor, "change:propose")) throw new PermissionDenied("You may not propose changes");
  const source = await articleSource(actor, input.sourceId, input.article);
  if ("problem" in source) return { ok: false, formError: source.problem, heldBy: source.heldBy };
  const entities = await entityItems(input.entities);
  const aliases = await aliasUpdates(input.entities, entities.ids);
  const kept = { entities: input.entities, ids: entities.ids };
  const ties = await tieItems(input.ties, entities.ids, (statement) => signedAgreementRef(statement, input));
  const delegations = delegationItems(input.delegations, kept);
  const agreements = agreementItems(input.agreements, kept);
  const claims = [...entities.claims, ...aliases.claims, ...ties.claims, ...delegations.claims, ...agreements.claims];
  const cited = articleCitationItems(source.sourceId, source.snapshot, claims);
  const fieldErrors = {
    ...entities.fieldErrors,
    ...aliases.fieldErrors,
    ...ties.fieldErrors,
    ...delegations.fieldErrors,
    ...agreements.fieldErrors,
    ...cited.fieldErrors,
  };
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  // The source first (a fuller text must be in place before the citations are anchored in
  // it), then the records: agreements, ties, delegations and citations name them (a tie's
  // event its agreement), and items apply in order.
  const records = [...entities.items, ...aliases.items, ...agreements.items, ...ties.items, ...delegations.items];
  // Citations alone are worth a review: the passages of records Amity has already.
  if (records.length === 0 && cited.items.length === 0)
    return { ok: false, formError: "Keep at least one suggestion, or there is nothing to review." };
  const items = [...source.items, ...records, ...cited.items];
  return saveProposal(actor, { title: `From the article: ${input.article.title}`, items, submit: true });
}

// A registered source read as the article, when the editor picks it instead of pasting.
export async function readSourceAsArticle(actor: Actor, sourceId: string): Promise<ActionResult<IntakeArticle>> {
  if (!can(actor, "change:propose")) throw new PermissionDenied("You may not propose changes");
  const article = await readRegisteredSource(sourceId);
  return article ? { ok: true, data: article } : { ok: false, formError: "This source is no longer published; choose another." };
}
