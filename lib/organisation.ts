import "server-only";
import { prisma } from "@/lib/db";
import type { ChangeOperation, RecordType } from "@/lib/generated/prisma/enums";
import { openedVersion, saveProposal, type ProposedItem } from "@/lib/change-request";
import { citationItems, proposedCitation } from "@/lib/claim-citations";
import { uncited } from "@/lib/claim-citation-schema";
import { refId } from "@/lib/citation-policy";
import { findBrokenLink, organisationRecord } from "@/lib/organisation-record";
import { findByName, findNearNames, inMatchOrder } from "@/lib/name-search";
import { changedFields, diffContent } from "@/lib/record-diff";
import { organisationSchema, type OrganisationFormValues, type OrganisationInput, type OrganisationPicks } from "@/lib/organisation-schema";
import { getPickedRecord } from "@/lib/record-picker-search";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import type { Actor } from "@/lib/permissions";
import { keysetQuery, PAGE_SIZE, pageOf, type PageRequest } from "@/lib/keyset";

// The new organisation's ref inside its change, which its existence citation points at.
const ORGANISATION_REF = "organisation";

const listed = { id: true, name: true, kind: true, country: true, slug: true } as const;

// The editors' list: organisations whose names start with the query in any script, or
// else all of them A–Z, a page at a time.
export async function listOrganisationsForEditing(query: string, request: PageRequest) {
  if (query.trim()) {
    const matches = await findByName(prisma, query, { recordTypes: ["ORGANISATION"], limit: PAGE_SIZE });
    const rows = await prisma.organisation.findMany({
      where: { id: { in: matches.map((m) => m.recordId) }, retiredAt: null },
      select: listed,
    });
    return { rows: inMatchOrder(matches, rows), previous: null, next: null };
  }
  const page = keysetQuery("name", request);
  const rows = await prisma.organisation.findMany({
    where: { AND: [{ retiredAt: null }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: listed,
  });
  return pageOf(rows, request, (row) => [row.name, row.id]);
}

// The published organisation in the form's shape, for an edit proposal.
export async function getOrganisationForEditing(id: string) {
  return organisationRecord.load(prisma, id);
}

// The records the form's values name, as its pickers show them.
export async function getOrganisationPicks(values: OrganisationFormValues): Promise<OrganisationPicks> {
  const [place, parent, source] = await Promise.all([
    getPickedRecord("PLACE", values.placeId),
    getPickedRecord("ORGANISATION", values.parentId),
    getPickedRecord("SOURCE", values.existsCitation.sourceId),
  ]);
  return { place, parent, source };
}

// Another published organisation under this exact name (in any spelling its search keys
// fold together), in the same country and under the same parent.
async function findSameOrganisation(input: OrganisationInput, exceptId?: string) {
  const near = await findNearNames(prisma, input.name, "ORGANISATION", { country: input.country ?? undefined, exceptId });
  const exact = near.filter((match) => match.distance === 0).map((match) => match.recordId);
  if (exact.length === 0) return null;
  return prisma.organisation.findFirst({
    where: { id: { in: exact }, parentId: input.parentId, retiredAt: null },
    select: { slug: true },
  });
}

async function checkOrganisation(input: OrganisationInput, organisationId?: string): Promise<FieldErrors> {
  const broken = await findBrokenLink(prisma, organisationId ?? null, input);
  if (broken) return { [broken.field]: broken.message };
  const same = await findSameOrganisation(input, organisationId);
  return same ? { name: `This organisation is already recorded (/organisations/${same.slug})` } : {};
}

// Which proposal the form saves: a new organisation, an edit of a published one, or a
// revision of the editor's own draft or returned change.
export type OrganisationProposalTarget = { organisationId?: string; changeId?: string; baseVersion?: number };

// The organisation's own item: a creation, or an edit against the version published now
// (none when only a passage is added). Null when the organisation is no longer published.
async function organisationItems(
  input: OrganisationInput,
  { organisationId, baseVersion }: OrganisationProposalTarget,
): Promise<ProposedItem[] | null> {
  if (!organisationId) return [{ recordType: "ORGANISATION", operation: "CREATE", ref: ORGANISATION_REF, payload: input }];
  const current = await organisationRecord.load(prisma, organisationId);
  if (!current) return null;
  if (changedFields(diffContent(current.content, input)).length === 0) return [];
  const prepared = openedVersion(baseVersion, current.version);
  return [{ recordType: "ORGANISATION", operation: "UPDATE", recordId: organisationId, baseVersion: prepared, payload: input }];
}

// A proposal only: nothing public changes until a reviewer approves it. The passage for
// the organisation's existence goes in the same change, so one review can meet the
// citation policy (lib/citation-policy.ts).
export async function proposeOrganisation(
  actor: Actor,
  { existsCitation, ...input }: OrganisationFormValues,
  target: OrganisationProposalTarget,
  submit: boolean,
): Promise<ActionResult<{ id: string }>> {
  const { organisationId, changeId } = target;
  const items = await organisationItems(input, target);
  if (!items) return { ok: false, formError: "This organisation is no longer published." };
  const recordId = organisationId ?? refId(ORGANISATION_REF);
  const claim = { recordType: "ORGANISATION" as const, recordId, field: "exists", citation: existsCitation, path: "existsCitation" };
  const [problems, cited] = await Promise.all([checkOrganisation(input, organisationId), citationItems([claim])]);
  const fieldErrors = { ...problems, ...cited.fieldErrors };
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  items.push(...cited.items);
  if (items.length === 0) return { ok: false, formError: "Nothing has changed: edit a field or add a source before saving." };
  const title = `${organisationId ? "Edit organisation" : "New organisation"}: ${input.name}`;
  return saveProposal(actor, { title, items, submit }, changeId);
}

type StoredItem = { recordType: RecordType; operation: ChangeOperation; payload: unknown; ref: string | null; recordId: string | null };

export type OrganisationProposal = { values: OrganisationFormValues; organisationId?: string };

// The form's values rebuilt from a change's open items, for its author to revise. Null when
// the items hold anything the form cannot show, since saving it would silently drop that.
export function organisationProposalFrom(items: StoredItem[]): OrganisationProposal | null {
  const [main, ...others] = items.filter((item) => item.recordType === "ORGANISATION");
  const content = organisationSchema.safeParse(main?.payload);
  if (!content.success || others.length > 0) return null;
  const isCreate = main.operation === "CREATE" && main.ref === ORGANISATION_REF;
  const organisationId = main.operation === "UPDATE" ? main.recordId : null;
  if (!isCreate && !organisationId) return null;
  const recordId = organisationId ?? refId(ORGANISATION_REF);
  const existsCitation = proposedCitation(items, "ORGANISATION", recordId, "exists");
  const rest = items.filter((item) => item !== main);
  if (rest.length > (existsCitation ? 1 : 0)) return null;
  return { values: { ...content.data, existsCitation: existsCitation ?? uncited() }, organisationId: organisationId ?? undefined };
}
