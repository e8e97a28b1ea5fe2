import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getServerSession } from "next-auth";
import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { RecordType } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { can, PermissionDenied } from "@/lib/permissions";
import { uncited } from "@/lib/claim-citation-schema";
import { citationSchema } from "@/lib/citation-schema";
import { settlementSchema } from "@/lib/dispute-schema";
import { agreementFormSchema, emptyAgreement } from "@/lib/agreement-schema";
import { delegationFormSchema, delegationRemovalSchema, emptyDelegation } from "@/lib/delegation-schema";
import { emptyName } from "@/lib/name-schema";
import { intakeArticleSchema, intakeSchema, pickedSourceSchema } from "@/lib/intake-schema";
import { listUploadSchema, resolutionChoicesSchema } from "@/lib/import-run-schema";
import { emptyEvent, eventFormSchema, eventRemovalSchema } from "@/lib/event-schema";
import { emptyFigure, figureFormSchema, figureRemovalSchema } from "@/lib/figure-schema";
import { emptyOrganisation, organisationFormSchema } from "@/lib/organisation-schema";
import { emptyPersonForm, emptyPositionRow, personFormSchema, personMergeSchema } from "@/lib/person-schema";
import { emptyPlace, placeMergeSchema, placeRemovalSchema, placeSchema } from "@/lib/place-schema";
import { reviewDecisionSchema } from "@/lib/review-schema";
import { sourceDetailsSchema, sourceSchema, type SourceInput } from "@/lib/source-schema";
import { tieEventProposalSchema, tieEventRemovalSchema, uncitedEvent } from "@/lib/tie-event-schema";
import { emptyTieProposal, tieProposalSchema } from "@/lib/tie-schema";
import {
  invitationAcceptanceSchema,
  invitationSchema,
  invitationWithdrawalSchema,
  newUserSchema,
  passwordChangeSchema,
  userRoleSchema,
  userStatusSchema,
} from "@/lib/user-schema";

// Every server action is a public POST endpoint. This file calls each one as every kind of
// caller, through the real guards of lib/auth.ts against real users in the database, and
// checks the answer against a table of who may do what (lib/permissions.ts). Then it sends
// each action malformed, oversized and wrongly typed input: the answer must be a refusal,
// never an exception (a 500), and nothing may be stored.

const { Redirect } = vi.hoisted(() => ({
  Redirect: class Redirect extends Error {
    constructor(readonly url: string) {
      super(`redirect to ${url}`);
    }
  },
}));

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: vi.fn() }));
// Spied on, not replaced: a refusal counts as one for the role when the real rule said no.
vi.mock("@/lib/permissions", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/permissions")>();
  return { ...actual, can: vi.fn(actual.can) };
});
// Each call from its own address: the matrix's many wrong current passwords must not lock
// an account (lib/login-throttle.ts), whose lockout would leave an audit row behind.
vi.mock("next/headers", () => ({ headers: vi.fn(async () => new Headers({ "x-forwarded-for": `matrix-${Math.random()}` })) }));
vi.mock("next/cache", () => ({ cacheTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw new Redirect(url);
  }),
  notFound: vi.fn(() => {
    throw new Redirect("not-found");
  }),
}));

const ROOT = path.resolve(import.meta.dirname, "..");
// A directive is the first statement of the file, after comments only (as lib/server-actions.test.ts).
const TOP_LEVEL_USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

type Action = (...args: unknown[]) => Promise<unknown>;

function serverModules(): string[] {
  return ["app", "lib", "components"]
    .flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
        .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
        .map((file) => path.posix.join(dir, file.split(path.sep).join("/"))),
    )
    .filter((file) => TOP_LEVEL_USE_SERVER.test(readFileSync(path.join(ROOT, file), "utf8")));
}

// Keyed "app/admin/places/actions.ts#savePlaceProposal".
const ACTIONS: Record<string, Action> = Object.fromEntries(
  (
    await Promise.all(
      serverModules().map(async (file) =>
        Object.entries(await import(path.join(ROOT, file))).map(([name, action]) => [`${file}#${name}`, action as Action]),
      ),
    )
  ).flat(),
);
const ACTION_KEYS = Object.keys(ACTIONS).sort();

const CALLERS = ["anonymous", "editor", "reviewer", "admin", "disabled"] as const;
type Caller = (typeof CALLERS)[number];
type Account = { id: string; email: string };

// The callers, an author of their own, and a change that author withdrew: closed, so no
// caller can move it on, whatever the role.
type World = { accounts: Record<Exclude<Caller, "anonymous">, Account>; closedChangeId: string };

async function buildWorld(): Promise<World> {
  const editor = await createTestUser("EDITOR");
  const reviewer = await createTestUser("REVIEWER");
  const admin = await createTestUser("ADMIN");
  // An admin, so the table shows that disabling beats the role.
  const disabled = await createTestUser("ADMIN", undefined, { disabledAt: new Date() });
  const author = await createTestUser("EDITOR");
  const closed = await prisma.changeRequest.create({
    data: { title: "A withdrawn change", authorId: author.id, status: "WITHDRAWN", decidedAt: new Date() },
    select: { id: true },
  });
  return { accounts: { editor, reviewer, admin, disabled }, closedChangeId: closed.id };
}

// The session cookie as lib/auth.ts reads it; the database then says who may do what.
function signInAs(world: World, caller: Caller) {
  const account = caller === "anonymous" ? null : world.accounts[caller];
  const session = account && { user: { id: account.id, email: account.email, sessionVersion: 0 }, expires: "2999-01-01T00:00:00Z" };
  vi.mocked(getServerSession).mockResolvedValue(session as never);
}

// "allowed": past the guard and answered on its input, with a field or form error (for
// malformed input, its validation; for input aimed at nothing, the missing record).
// "succeeded" means the action went through, which no call here should.
type Answer = "sign-in" | "denied" | "allowed" | "succeeded" | `crashed: ${string}`;

// A role refusal is a rule of lib/permissions.ts saying no about the role itself (no
// target): not four-eyes or authorship, which are answers about the record.
const wasRefusedByRole = () =>
  vi.mocked(can).mock.calls.some((args, i) => args[2] === undefined && vi.mocked(can).mock.results[i]?.value === false);

const isRefusal = (result: unknown) =>
  typeof result === "object" &&
  result !== null &&
  "ok" in result &&
  result.ok === false &&
  ("fieldErrors" in result || "formError" in result);

function answerOfError(error: unknown): Answer {
  if (error instanceof Redirect) {
    if (error.url === "/login") return "sign-in";
    return error.url === "/admin?denied=1" ? "denied" : "succeeded";
  }
  if (error instanceof PermissionDenied) return "denied";
  return `crashed: ${error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 200)}` : String(error)}`;
}

async function answerAs(world: World, caller: Caller, action: Action, args: unknown[]): Promise<Answer> {
  signInAs(world, caller);
  vi.mocked(can).mockClear();
  try {
    const result = await action(...args);
    if (!isRefusal(result)) return "succeeded";
    return wasRefusedByRole() ? "denied" : "allowed";
  } catch (error) {
    return answerOfError(error);
  }
}

// Every row of every table: nothing an answer above may leave behind.
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name",
  );
  const counts = tables.map(({ name }) => `SELECT '${name}' AS name, COUNT(*) AS count FROM "${name}"`).join(" UNION ALL ");
  const rows = await prisma.$queryRawUnsafe<{ name: string; count: number | bigint }[]>(counts);
  return Object.fromEntries(rows.map(({ name, count }) => [name, Number(count)]));
}

type Expected = "sign-in" | "denied" | "allowed";
type Row = Record<Caller, Expected>;

// Signed-out and disabled callers are sent to sign in; a role without the permission is
// refused before its input is looked at, whatever the input.
const PROPOSERS: Row = { anonymous: "sign-in", editor: "allowed", reviewer: "allowed", admin: "allowed", disabled: "sign-in" };
const REVIEWERS: Row = { ...PROPOSERS, editor: "denied" }; // change:review, change:approve
const ADMINS: Row = { ...REVIEWERS, reviewer: "denied" }; // users:manage

// Whoever holds the link, signed in or not, as the sign-in form is open to anyone.
const ANYONE: Row = { anonymous: "allowed", editor: "allowed", reviewer: "allowed", admin: "allowed", disabled: "allowed" };

const ROLES: Record<string, Row> = {
  "app/(public)/invite/[token]/actions.ts#acceptInvitationAction": ANYONE, // the link's token says who it is for
  "app/admin/account/actions.ts#changeOwnPasswordAction": PROPOSERS, // everyone signed in, for their own account
  "app/admin/agreements/actions.ts#proposeAgreementAction": PROPOSERS,
  "app/admin/changes/actions.ts#commentAction": PROPOSERS, // its author comments too (lib/change-review.ts)
  "app/admin/changes/actions.ts#submitDraftAction": PROPOSERS,
  "app/admin/changes/actions.ts#withdrawChangeAction": PROPOSERS,
  "app/admin/citations/actions.ts#proposeCitationAction": PROPOSERS,
  "app/admin/delegations/actions.ts#proposeDelegationAction": PROPOSERS,
  "app/admin/delegations/actions.ts#proposeDelegationRemovalAction": PROPOSERS,
  "app/admin/disputes/actions.ts#proposeSettlementAction": REVIEWERS,
  "app/admin/events/actions.ts#proposeEventAction": PROPOSERS,
  "app/admin/intake/actions.ts#analyseArticleAction": PROPOSERS,
  "app/admin/intake/actions.ts#readSourceAction": PROPOSERS,
  "app/admin/intake/actions.ts#submitIntakeAction": PROPOSERS,
  "app/admin/imports/actions.ts#submitImportAction": PROPOSERS,
  "app/admin/imports/actions.ts#uploadListAction": PROPOSERS,
  "app/admin/events/actions.ts#proposeEventRemovalAction": PROPOSERS,
  "app/admin/figures/actions.ts#proposeFigureAction": PROPOSERS,
  "app/admin/figures/actions.ts#proposeFigureRemovalAction": PROPOSERS,
  "app/admin/organisations/actions.ts#proposeOrganisationAction": PROPOSERS,
  "app/admin/people/actions.ts#proposePersonMergeAction": PROPOSERS,
  "app/admin/people/actions.ts#savePersonProposal": PROPOSERS,
  "app/admin/places/actions.ts#proposeMerge": PROPOSERS,
  "app/admin/places/actions.ts#proposeRemoval": PROPOSERS,
  "app/admin/places/actions.ts#restorePlaceVersion": PROPOSERS,
  "app/admin/places/actions.ts#savePlaceProposal": PROPOSERS,
  "app/admin/review/actions.ts#decideChange": REVIEWERS,
  "app/admin/sources/actions.ts#proposeSourceDetailsEditAction": PROPOSERS,
  "app/admin/sources/actions.ts#proposeSourceEditAction": PROPOSERS,
  "app/admin/sources/actions.ts#registerSource": PROPOSERS,
  "app/admin/ties/actions.ts#proposeTieAction": PROPOSERS,
  "app/admin/ties/actions.ts#proposeTieEventAction": PROPOSERS,
  "app/admin/ties/actions.ts#proposeTieEventRemovalAction": PROPOSERS,
  "app/admin/users/actions.ts#addUser": ADMINS,
  "app/admin/users/actions.ts#inviteColleagueAction": ADMINS,
  "app/admin/users/actions.ts#saveUserRole": ADMINS,
  "app/admin/users/actions.ts#saveUserStatus": ADMINS,
  "app/admin/users/actions.ts#withdrawInvitationAction": ADMINS,
};

// Well-formed arguments that name records and changes which do not exist, so a caller who
// may act gets past validation to the lib/ rule and is refused there: nothing is written.
// Most name two missing things (a record and a change), so one fuzzed field cannot turn the
// call into a real proposal. `input` is the argument the fuzz reshapes, with its schema.
type Aim = { args: (world: World) => unknown[]; input?: { at: number; schema: z.ZodType } };

const MISSING = "missing-record-0001";
const ALSO_MISSING = "missing-record-0002";
const MISSING_CHANGE = "missing-change-0001";
const REASON = "The same city under an older name";
const citedFromNowhere = { sourceId: MISSING, quote: "a passage that is nowhere", startOffset: null, assertedValue: "" };

const place = () => ({ ...emptyPlace(), name: "Yangzhou", parentId: MISSING, names: [{ ...emptyName("zh-Hans"), text: "扬州" }] });
const person = () => ({
  ...emptyPersonForm(),
  name: "Li Qiang",
  names: [{ ...emptyName("zh-Hans"), text: "李强", citation: uncited() }],
  existsCitation: citedFromNowhere,
  positions: [{ ...emptyPositionRow(), title: "Mayor", placeId: MISSING, startOn: "2020" }],
});
const organisation = () => ({
  ...emptyOrganisation(),
  name: "Jiangsu Foreign Affairs Office",
  placeId: MISSING,
  names: [{ ...emptyName("zh-Hans"), text: "江苏省外事办公室" }],
  existsCitation: citedFromNowhere,
});
const intake = () => ({
  sourceId: "",
  article: {
    snapshot: "Suwon and Asahikawa became sister cities in 1989.",
    url: "",
    title: "Suwon news",
    lang: "en",
    publishedOn: "2025-01-01",
  },
  entities: [
    {
      key: "e0",
      kind: "place",
      action: "link",
      recordId: MISSING,
      aliasOf: "",
      partOf: "",
      partOfEvidence: { quote: "", start: null },
      name: "Suwon",
      text: "",
      textLang: "en",
      country: "KR",
      level: "CITY",
      organisationKind: "GOVERNMENT",
      position: "",
      positionEvidence: { quote: "", start: null },
      evidence: { quote: "Suwon", start: 0 },
    },
  ],
  ties: [],
  delegations: [],
  agreements: [],
});
const agreement = () => ({
  ...emptyAgreement(),
  parties: [MISSING, ALSO_MISSING],
  signatories: [{ personId: MISSING, positionId: null, title: "Governor", role: "SIGNATORY" }],
  citations: { ...emptyAgreement().citations, kind: citedFromNowhere },
});
const delegation = () => ({
  ...emptyDelegation(),
  title: "Jiangsu delegation to Japan and South Korea",
  leaderId: MISSING,
  sendingPlaceId: ALSO_MISSING,
  stops: [{ placeId: MISSING, startOn: "2024-06", endOn: "" }],
  citations: { ...emptyDelegation().citations, leaderId: citedFromNowhere },
});
const event = () => ({
  ...emptyEvent(),
  name: "Water Rhythm Jiangsu",
  startOn: "2024-06",
  places: [MISSING],
  organisers: [ALSO_MISSING],
  citations: { ...emptyEvent().citations, startOn: citedFromNowhere },
});
const figure = () => ({
  ...emptyFigure({ placeId: MISSING }),
  label: "Korean enterprises",
  value: 6500,
  citations: { value: citedFromNowhere },
});
const tieEvent = { type: "ESTABLISHED", kind: "SISTER", term: "sister cities", occurredOn: "2007", note: "" };
const tie = () => ({
  ...emptyTieProposal(MISSING),
  tie: { placeAId: MISSING, placeBId: ALSO_MISSING, summary: "Sister cities since 2007" },
  event: tieEvent,
  citations: { kind: citedFromNowhere, occurredOn: uncited() },
});
const source: SourceInput = {
  url: "https://example.org/news/yangzhou-sister-city",
  title: "Yangzhou signs a sister-city agreement",
  publisher: "Example News",
  lang: "en",
  kind: "NEWS",
  publishedOn: "2007",
  accessedOn: "2026-11-01",
  snapshot: "Yangzhou and its partner signed a sister-city agreement in 2007.",
};
const citation = {
  recordType: "PLACE",
  recordId: MISSING,
  field: "name",
  sourceId: MISSING,
  quote: "a passage that is nowhere",
  prefix: "",
  suffix: "",
  startOffset: null,
  assertedValue: "Yangzhou",
  rank: "NORMAL",
  rankReason: "",
};
// Approving part of a change reads the most of the decision (its selection, its comments).
const partialApproval = {
  decision: "approve-selected",
  seenRevision: 1,
  comment: "The rest needs a source",
  selected: [`${MISSING}:name`],
  fieldComments: { [`${MISSING}:name`]: "Which source?" },
};

const AIMED: Record<string, Aim> = {
  // A well-formed token that no invitation has: refused, no account made.
  "app/(public)/invite/[token]/actions.ts#acceptInvitationAction": {
    args: () => [
      { token: "bm8taW52aXRhdGlvbi1oYXMtdGhpcy10b2tlbi0wMDE", newPassword: "a new password 123", confirmPassword: "a new password 123" },
    ],
    input: { at: 0, schema: invitationAcceptanceSchema },
  },
  // A wrong current password: refused at its field, nothing changed.
  "app/admin/account/actions.ts#changeOwnPasswordAction": {
    args: () => [{ currentPassword: "not the password", newPassword: "a new password 123", confirmPassword: "a new password 123" }],
    input: { at: 0, schema: passwordChangeSchema },
  },
  "app/admin/agreements/actions.ts#proposeAgreementAction": {
    args: () => [{ agreementId: MISSING, changeId: MISSING_CHANGE }, agreement(), false],
    input: { at: 1, schema: agreementFormSchema },
  },
  // Reading a source that does not exist (or, pasted, a text naming nothing), and submitting
  // a link to a record that does not.
  "app/admin/intake/actions.ts#analyseArticleAction": {
    args: () => [
      {
        sourceId: MISSING,
        snapshot: "a text that names nobody and nowhere at all.",
        url: "",
        title: "",
        lang: "en",
        publishedOn: "2025-01-01",
      },
    ],
    input: { at: 0, schema: intakeArticleSchema },
  },
  "app/admin/intake/actions.ts#readSourceAction": {
    args: () => [{ sourceId: MISSING }],
    input: { at: 0, schema: pickedSourceSchema },
  },
  "app/admin/intake/actions.ts#submitIntakeAction": {
    args: () => [intake()],
    input: { at: 0, schema: intakeSchema },
  },
  // A web page saved instead of the list: read and refused, no run stored.
  "app/admin/imports/actions.ts#uploadListAction": {
    args: () => [{ file: new File(["<!DOCTYPE html><html><body>Twin towns</body></html>"], "twin_cities.csv"), retrievedOn: "2026-11-20" }],
    input: { at: 0, schema: listUploadSchema },
  },
  // Choices for a run that does not exist.
  "app/admin/imports/actions.ts#submitImportAction": {
    args: () => [{ runId: MISSING, choices: [{ key: "KR|Seoul – Gangnam", choice: "new" }] }],
    input: { at: 0, schema: resolutionChoicesSchema },
  },
  "app/admin/changes/actions.ts#commentAction": { args: () => [MISSING_CHANGE, "A remark on nothing"] },
  "app/admin/changes/actions.ts#submitDraftAction": { args: (world) => [world.closedChangeId] },
  "app/admin/changes/actions.ts#withdrawChangeAction": { args: (world) => [world.closedChangeId] },
  "app/admin/citations/actions.ts#proposeCitationAction": {
    args: () => [citation, MISSING_CHANGE],
    input: { at: 0, schema: citationSchema },
  },
  "app/admin/delegations/actions.ts#proposeDelegationAction": {
    args: () => [{ delegationId: MISSING, changeId: MISSING_CHANGE }, delegation(), false],
    input: { at: 1, schema: delegationFormSchema },
  },
  "app/admin/delegations/actions.ts#proposeDelegationRemovalAction": {
    args: () => [{ recordId: MISSING, reason: REASON }, MISSING_CHANGE],
    input: { at: 0, schema: delegationRemovalSchema },
  },
  "app/admin/disputes/actions.ts#proposeSettlementAction": {
    args: () => [{ recordType: "PLACE", recordId: MISSING, field: "name", preferredValue: "Yangzhou", reason: REASON }, MISSING_CHANGE],
    input: { at: 0, schema: settlementSchema },
  },
  "app/admin/events/actions.ts#proposeEventAction": {
    args: () => [{ eventId: MISSING, changeId: MISSING_CHANGE }, event(), false],
    input: { at: 1, schema: eventFormSchema },
  },
  "app/admin/events/actions.ts#proposeEventRemovalAction": {
    args: () => [{ recordId: MISSING, reason: REASON }, MISSING_CHANGE],
    input: { at: 0, schema: eventRemovalSchema },
  },
  "app/admin/figures/actions.ts#proposeFigureAction": {
    args: () => [{ figureId: MISSING, changeId: MISSING_CHANGE }, figure(), false],
    input: { at: 1, schema: figureFormSchema },
  },
  "app/admin/figures/actions.ts#proposeFigureRemovalAction": {
    args: () => [{ recordId: MISSING, reason: REASON }, MISSING_CHANGE],
    input: { at: 0, schema: figureRemovalSchema },
  },
  "app/admin/organisations/actions.ts#proposeOrganisationAction": {
    args: () => [{ organisationId: MISSING, changeId: MISSING_CHANGE }, organisation(), false],
    input: { at: 1, schema: organisationFormSchema },
  },
  "app/admin/people/actions.ts#proposePersonMergeAction": {
    args: () => [{ recordId: MISSING, intoId: ALSO_MISSING, reason: REASON }, MISSING_CHANGE],
    input: { at: 0, schema: personMergeSchema },
  },
  "app/admin/people/actions.ts#savePersonProposal": {
    args: () => [{ personId: MISSING, changeId: MISSING_CHANGE }, person(), false],
    input: { at: 1, schema: personFormSchema },
  },
  "app/admin/places/actions.ts#proposeMerge": {
    args: () => [{ recordId: MISSING, intoId: ALSO_MISSING, reason: REASON }, MISSING_CHANGE],
    input: { at: 0, schema: placeMergeSchema },
  },
  "app/admin/places/actions.ts#proposeRemoval": {
    args: () => [{ recordId: MISSING, reason: REASON }, MISSING_CHANGE],
    input: { at: 0, schema: placeRemovalSchema },
  },
  "app/admin/places/actions.ts#restorePlaceVersion": { args: () => [{ placeId: MISSING, version: 1 }] },
  "app/admin/places/actions.ts#savePlaceProposal": {
    args: () => [{ placeId: MISSING, changeId: MISSING_CHANGE }, place(), false],
    input: { at: 1, schema: placeSchema },
  },
  "app/admin/review/actions.ts#decideChange": {
    args: (world) => [world.closedChangeId, partialApproval],
    input: { at: 1, schema: reviewDecisionSchema },
  },
  "app/admin/sources/actions.ts#proposeSourceDetailsEditAction": {
    args: () => [MISSING, source, MISSING_CHANGE],
    input: { at: 1, schema: sourceDetailsSchema },
  },
  "app/admin/sources/actions.ts#proposeSourceEditAction": {
    args: () => [MISSING, source, MISSING_CHANGE],
    input: { at: 1, schema: sourceSchema },
  },
  // Only the change is missing: a new source names nothing else.
  "app/admin/sources/actions.ts#registerSource": { args: () => [source, MISSING_CHANGE], input: { at: 0, schema: sourceSchema } },
  "app/admin/ties/actions.ts#proposeTieAction": { args: () => [tie(), MISSING_CHANGE], input: { at: 0, schema: tieProposalSchema } },
  "app/admin/ties/actions.ts#proposeTieEventAction": {
    args: () => [{ event: { ...tieEvent, tieId: MISSING }, citations: uncitedEvent() }, { changeId: MISSING_CHANGE }],
    input: { at: 0, schema: tieEventProposalSchema },
  },
  "app/admin/ties/actions.ts#proposeTieEventRemovalAction": {
    args: () => [{ recordId: MISSING, reason: REASON }, MISSING_CHANGE],
    input: { at: 0, schema: tieEventRemovalSchema },
  },
  // The admin's own address is taken, so even an admin's well-formed new user is refused.
  "app/admin/users/actions.ts#addUser": {
    args: (world) => [{ name: "New Editor", email: world.accounts.admin.email, role: "EDITOR", password: "a long enough passphrase" }],
    input: { at: 0, schema: newUserSchema },
  },
  // The admin's own address has an account, so even an admin's invitation is refused.
  "app/admin/users/actions.ts#inviteColleagueAction": {
    args: (world) => [{ name: "New Colleague", email: world.accounts.admin.email, role: "EDITOR" }],
    input: { at: 0, schema: invitationSchema },
  },
  "app/admin/users/actions.ts#saveUserRole": {
    args: () => [{ userId: MISSING, role: "EDITOR" }],
    input: { at: 0, schema: userRoleSchema },
  },
  "app/admin/users/actions.ts#saveUserStatus": {
    args: () => [{ userId: MISSING, disabled: true }],
    input: { at: 0, schema: userStatusSchema },
  },
  "app/admin/users/actions.ts#withdrawInvitationAction": {
    args: () => [{ invitationId: MISSING }],
    input: { at: 0, schema: invitationWithdrawalSchema },
  },
};

// Enough of a world to build arguments from, without the database.
const someone = { id: MISSING, email: "someone@matrix.test" };
const UNSTORED_WORLD: World = {
  accounts: { editor: someone, reviewer: someone, admin: someone, disabled: someone },
  closedChangeId: MISSING_CHANGE,
};

const MALFORMED = { malformed: true };
// Optional parameters count too: TypeScript's `changeId?` compiles to a plain parameter.
const arityOf = (key: string) => Math.max(ACTIONS[key].length, 1);

async function answersTo(world: World, key: string, argsOf: () => unknown[]): Promise<Row> {
  const row = {} as Record<Caller, Answer>;
  for (const caller of CALLERS) row[caller] = await answerAs(world, caller, ACTIONS[key], argsOf());
  return row as Row;
}

describe("the role matrix", () => {
  it("has one row for every server action, and no row for an action that is gone", () => {
    expect(ACTION_KEYS).toContain("app/admin/review/actions.ts#decideChange");
    expect(Object.keys(ROLES).sort()).toEqual(ACTION_KEYS);
    expect(Object.keys(AIMED).sort()).toEqual(ACTION_KEYS);
  });

  it.each(Object.keys(AIMED).filter((key) => AIMED[key].input))("%s: the input aimed at nothing passes validation", (key) => {
    const { args, input } = AIMED[key];
    const parsed = input!.schema.safeParse(args(UNSTORED_WORLD)[input!.at]);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  // Malformed input shows whether the guard refuses before the input is read; input aimed
  // at nothing shows that the lib/ rule refuses the same callers when the input is sound.
  it.each(ACTION_KEYS)("%s answers each caller as the table says, and stores nothing", async (key) => {
    const world = await buildWorld();
    const before = await rowCounts();

    const malformed = await answersTo(world, key, () => Array(arityOf(key)).fill(MALFORMED));
    const aimedAtNothing = await answersTo(world, key, () => AIMED[key]?.args(world) ?? []);

    expect({ malformed, aimedAtNothing }).toEqual({ malformed: ROLES[key], aimedAtNothing: ROLES[key] });
    expect(await rowCounts()).toEqual(before);
  });
});

const HUGE = "x".repeat(1024 * 1024);
// A right-to-left override, NUL, BEL and a C1 control inside an ordinary name.
const HIDDEN = "Yang\u202Ezhou\u0000\u0007\u0085";
// As JSON.parse builds them: "__proto__" as an own key, the way a request body arrives.
const withProtoKey = (value: object) => ({ ...value, ...JSON.parse('{"__proto__": {"polluted": true}}') });
const withConstructorKey = (value: object) => ({ ...value, constructor: { prototype: { polluted: true } } });

// What a field or an argument gets instead of its value; `undefined` removes it.
const WRONG_VALUES: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["0", 0],
  ["NaN", NaN],
  ["-Infinity", -Infinity],
  ["true", true],
  ["empty string", ""],
  ["a word", "yangzhou"],
  ["1 MB", HUGE],
  ["hidden characters", HIDDEN],
  // Words that name what every object inherits, where a string becomes a key.
  ["'__proto__'", "__proto__"],
  ["'constructor:name'", "constructor:name"],
  ["[]", []],
  ["10,000 items", Array<string>(10_000).fill("x")],
  ["{}", {}],
  ["wrongly typed fields", { name: 5, names: { 0: null }, id: [1], recordId: {}, userId: false, decision: 1, event: "x", tie: [] }],
  ["__proto__ key", withProtoKey({})],
  ["constructor key", withConstructorKey({})],
];

type Case = [label: string, args: unknown[]];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function withField(value: Record<string, unknown>, key: string, field: unknown) {
  const copy = { ...value };
  if (field === undefined) delete copy[key];
  else copy[key] = field;
  return copy;
}

// Every field of a plausible input, each in turn given a wrong value; objects also get
// prototype keys, lists 10,000 items, and a record type every kind there is.
function* reshaped(value: unknown, at: string[] = []): Generator<[label: string, variant: unknown]> {
  const where = at.join(".") || "input";
  if (at.length > 0) for (const [name, wrong] of WRONG_VALUES) yield [`${where} = ${name}`, wrong];
  if (at.at(-1) === "recordType") for (const kind of Object.values(RecordType)) yield [`${where} = ${kind}`, kind];
  if (Array.isArray(value)) {
    yield [`${where} with 10,000 items`, Array(10_000).fill(value[0] ?? "x")];
    for (const [label, item] of value.length > 0 ? reshaped(value[0], [...at, "0"]) : []) yield [label, [item, ...value.slice(1)]];
  }
  if (isRecord(value)) {
    yield [`${where} with a __proto__ key`, withProtoKey(value)];
    yield [`${where} with a constructor key`, withConstructorKey(value)];
    for (const [key, field] of Object.entries(value))
      for (const [label, variant] of reshaped(field, [...at, key])) yield [label, withField(value, key, variant)];
  }
}

function fuzzCases(key: string, world: World): Case[] {
  // An action with no row yet (the matrix fails for it) is still fuzzed, argument by argument.
  const { args, input } = AIMED[key] ?? { args: () => Array(arityOf(key)).fill(MALFORMED) };
  const aimed = args(world);
  const withArg = (at: number, value: unknown) => aimed.map((arg, j) => (j === at ? value : arg));
  const cases: Case[] = WRONG_VALUES.map(([name, wrong]) => [`every argument ${name}`, aimed.map(() => wrong)]);
  // Left out alone, an optional argument means "none", which is no fault.
  for (const i of aimed.keys())
    for (const [name, wrong] of WRONG_VALUES.filter(([, value]) => value !== undefined))
      cases.push([`argument ${i} = ${name}`, withArg(i, wrong)]);
  if (input)
    for (const [label, variant] of reshaped(aimed[input.at])) cases.push([`argument ${input.at}: ${label}`, withArg(input.at, variant)]);
  return cases;
}

describe("fuzz", () => {
  it.each(ACTION_KEYS)(
    "%s refuses malformed, oversized and wrongly typed input, and stores nothing",
    async (key) => {
      const world = await buildWorld();
      const before = await rowCounts();
      // An editor also proposes: every proposal action is fuzzed as one too.
      const callers: Caller[] = ROLES[key]?.editor === "allowed" ? ["admin", "editor"] : ["admin"];
      const unexpected: string[] = [];

      for (const caller of callers)
        for (const [label, args] of fuzzCases(key, world)) {
          const answer = await answerAs(world, caller, ACTIONS[key], args);
          if (answer !== "allowed" && answer !== "denied") unexpected.push(`${caller}, ${label}: ${answer}`);
        }

      expect(unexpected).toEqual([]);
      expect(await rowCounts()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    30_000,
  );
});
