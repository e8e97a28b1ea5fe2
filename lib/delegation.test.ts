import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { getDelegationForEditing, proposeDelegation } from "@/lib/delegation";
import { delegationProposalFrom } from "@/lib/delegation-revise";
import { approveChange } from "@/lib/change-review";
import { uncited } from "@/lib/claim-citation-schema";
import {
  delegationFormSchema,
  emptyDelegation,
  emptyMeeting,
  emptyNewPerson,
  uncitedDelegation,
  type DelegationFormValues,
} from "@/lib/delegation-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
let sourceId = "";
const ids = { jiangsu: "", nara: "", kyoto: "", gyeonggi: "", seoul: "", xin: "", sk: "" };

const SNAPSHOT =
  "Mr. Xin Changxing, Secretary of Jiangsu Provincial Party Committee, led a delegation from Jiangsu Province to Japan and South Korea. " +
  "The first stop of the delegation's visit to Japan was Nara Prefecture. " +
  "From June 19 to 20, a delegation from Jiangsu Province paid a study visit to South Korea. " +
  "Korean Prime Minister Han Deok-soo met with Provincial Party Secretary Xin Changxing and his delegation.";

const place = (slug: string, country: string) =>
  prisma.place.create({ data: { slug, name: slug, country, level: "PROVINCE" } }).then((p) => p.id);

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  ids.jiangsu = await place("jiangsu", "CN");
  ids.nara = await place("nara", "JP");
  ids.kyoto = await place("kyoto", "JP");
  ids.gyeonggi = await place("gyeonggi", "KR");
  ids.seoul = await place("seoul", "KR");
  ids.xin = (await prisma.person.create({ data: { slug: "xin", name: "Xin Changxing" } })).id;
  ids.sk = (await prisma.organisation.create({ data: { slug: "sk", name: "SK Group", kind: "COMPANY" } })).id;
  sourceId = (await prisma.source.create({ data: { title: "Jiangsu news", snapshot: SNAPSHOT, snapshotHash: "h" } })).id;
});

const cites = (quote: string, assertedValue = "") => ({ sourceId, quote, startOffset: SNAPSHOT.indexOf(quote), assertedValue });

// The visit as an editor enters it from the article: the leader is published, the prime
// minister is new to Amity and added in the same change.
function visit(overrides: Partial<DelegationFormValues> = {}): DelegationFormValues {
  return {
    ...emptyDelegation(),
    title: "Jiangsu delegation to Japan and South Korea",
    leaderId: ids.xin,
    leaderTitle: "Secretary of Jiangsu Provincial Party Committee",
    sendingPlaceId: ids.jiangsu,
    startOn: "2024-06",
    endOn: "2024-06-20",
    stops: [
      { placeId: ids.nara, startOn: "2024-06", endOn: "" },
      { placeId: ids.gyeonggi, startOn: "2024-06-19", endOn: "2024-06-20" },
    ],
    otherPlacesNote: "and other places",
    meetings: [
      { ...emptyMeeting(), personId: "ref:person-1", placeId: ids.seoul, counterpartTitle: "Prime Minister", occurredOn: "2024-06" },
    ],
    siteVisits: [{ name: "SK Group", organisationId: ids.sk, placeId: null, occurredOn: "" }],
    gifts: [{ description: "Taihu stones", fromId: ids.jiangsu, toId: ids.sk, occurredOn: "" }],
    newPeople: [
      {
        ...emptyNewPerson("person-1"),
        name: "Han Deok-soo",
        nativeName: "한덕수",
        nativeLang: "ko",
        citation: cites("Korean Prime Minister Han Deok-soo"),
      },
    ],
    citations: {
      leaderId: cites("Mr. Xin Changxing, Secretary of Jiangsu Provincial Party Committee, led a delegation", "Xin Changxing"),
      startOn: cites("From June 19 to 20", "2024-06-20"),
      sendingPlaceId: cites("a delegation from Jiangsu Province"),
      stops: cites("The first stop of the delegation's visit to Japan was Nara Prefecture"),
      meetings: cites("Han Deok-soo met with Provincial Party Secretary Xin Changxing"),
    },
    ...overrides,
  };
}

async function propose(values: DelegationFormValues, delegationId?: string, baseVersion?: number) {
  const parsed = delegationFormSchema.parse(values);
  const proposed = await proposeDelegation(editor, parsed, { delegationId, baseVersion }, true);
  if (!proposed.ok) throw new Error(JSON.stringify(proposed));
  return proposed.data!.id;
}

async function proposeAndApprove(values: DelegationFormValues, delegationId?: string, baseVersion?: number) {
  const changeId = await propose(values, delegationId, baseVersion);
  return { changeId, approved: await approveChange(reviewer, changeId, "all", { seenRevision: 1 }) };
}

const formOf = async (delegationId: string): Promise<DelegationFormValues> => {
  const loaded = await getDelegationForEditing(delegationId);
  return { ...loaded!.content, citations: uncitedDelegation(), newPeople: [] };
};

describe("a delegation entered through review", () => {
  let delegationId = "";

  it("publishes the visit, its rows and the new person it names, with the passages for its claims", async () => {
    const { approved } = await proposeAndApprove(visit());
    expect(approved.ok).toBe(true);
    const delegation = await prisma.delegation.findFirstOrThrow({
      where: { title: "Jiangsu delegation to Japan and South Korea" },
      include: { stops: { orderBy: { sequence: "asc" } }, meetings: true, siteVisits: true, gifts: true },
    });
    delegationId = delegation.id;
    expect(delegation).toMatchObject({
      leaderId: ids.xin,
      sendingPlaceId: ids.jiangsu,
      startOn: "2024-06",
      otherPlacesNote: "and other places",
    });
    expect(delegation.stops.map((s) => [s.placeId, s.sequence])).toEqual([
      [ids.nara, 1],
      [ids.gyeonggi, 2],
    ]);
    const han = await prisma.person.findFirstOrThrow({ where: { name: "Han Deok-soo" }, include: { names: true } });
    expect(han.names.map((n) => [n.text, n.lang])).toEqual([["한덕수", "ko"]]);
    expect(delegation.meetings).toEqual([expect.objectContaining({ personId: han.id, counterpartTitle: "Prime Minister" })]);
    expect(delegation.gifts).toEqual([expect.objectContaining({ fromPlaceId: ids.jiangsu, toOrganisationId: ids.sk })]);
    const citations = await prisma.citation.findMany({ where: { recordId: { in: [delegationId, han.id] } }, orderBy: { field: "asc" } });
    expect(citations.map((c) => [c.recordType, c.field])).toEqual([
      ["DELEGATION", "endOn"],
      ["PERSON", "exists"],
      ["DELEGATION", "leaderId"],
      ["DELEGATION", "leaderTitle"],
      ["DELEGATION", "meetings"],
      ["DELEGATION", "sendingPlaceId"],
      ["DELEGATION", "startOn"],
      ["DELEGATION", "stops"],
    ]);
  });

  it("keeps the row (and its citations) of a stop moved or redated, and replaces a stop at another place", async () => {
    const [nara, gyeonggi] = await prisma.delegationStop.findMany({ where: { delegationId }, orderBy: { sequence: "asc" } });
    const onGyeonggi = await prisma.citation.create({
      data: { recordType: "DELEGATION_STOP", recordId: gyeonggi.id, field: "exists", sourceId, quote: "South Korea" },
    });
    const onNara = await prisma.citation.create({
      data: { recordType: "DELEGATION_STOP", recordId: nara.id, field: "exists", sourceId, quote: "Nara Prefecture" },
    });
    const form = await formOf(delegationId);
    const [naraEntry, gyeonggiEntry] = form.stops;
    const edited = {
      ...form,
      stops: [
        { ...gyeonggiEntry, endOn: "" },
        { ...naraEntry, placeId: ids.kyoto },
      ],
    };
    const { approved } = await proposeAndApprove(edited, delegationId, (await getDelegationForEditing(delegationId))!.version);
    expect(approved.ok).toBe(true);
    const stops = await prisma.delegationStop.findMany({ where: { delegationId }, orderBy: { sequence: "asc" } });
    expect(stops.map((s) => [s.placeId, s.sequence, s.endOn])).toEqual([
      [ids.gyeonggi, 1, null],
      [ids.kyoto, 2, null],
    ]);
    expect(stops[0].id).toBe(gyeonggi.id);
    expect(stops[1].id).not.toBe(nara.id);
    expect((await prisma.citation.findUniqueOrThrow({ where: { id: onGyeonggi.id } })).retiredAt).toBeNull();
    expect((await prisma.citation.findUniqueOrThrow({ where: { id: onNara.id } })).retiredAt).not.toBeNull();
  });

  it("refuses to save an edit that changes nothing", async () => {
    const loaded = await getDelegationForEditing(delegationId);
    const form = delegationFormSchema.parse(await formOf(delegationId));
    expect(await proposeDelegation(editor, form, { delegationId, baseVersion: loaded!.version }, true)).toEqual({
      ok: false,
      formError: expect.stringContaining("Nothing has changed"),
    });
  });

  it("reads a proposed change back into the form it was saved from", async () => {
    const values = delegationFormSchema.parse(visit({ title: "Jiangsu delegation, revised" }));
    const changeId = await propose(values);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: changeId }, orderBy: { sequence: "asc" } });
    expect(items.map((i) => i.recordType).slice(0, 2)).toEqual(["PERSON", "DELEGATION"]);
    expect(delegationProposalFrom(items)).toEqual({ values, delegationId: undefined });
  });
});

describe("the rules a delegation proposal keeps", () => {
  it("refuses approval until the leader, dates and sending place are cited", async () => {
    const values = visit({ title: "Uncited visit", citations: { ...visit().citations, leaderId: uncited(), startOn: uncited() } });
    const { approved } = await proposeAndApprove(values);
    expect(approved).toEqual({ ok: false, formError: expect.stringMatching(/Cite these key claims.*Leader.*From.*Until/) });
  });

  it("refuses a new person without a passage showing they exist", async () => {
    const [han] = visit().newPeople;
    const { approved } = await proposeAndApprove(visit({ title: "Uncited person", newPeople: [{ ...han, citation: uncited() }] }));
    expect(approved).toEqual({ ok: false, formError: expect.stringContaining("Han Deok-soo") });
  });

  it("names at their field a place that is not published", async () => {
    const retired = await prisma.place.create({
      data: { slug: "gone", name: "Gone", country: "JP", level: "CITY", retiredAt: new Date() },
    });
    const values = delegationFormSchema.parse(visit({ title: "To nowhere", stops: [{ placeId: retired.id, startOn: "", endOn: "" }] }));
    expect(await proposeDelegation(editor, values, {}, true)).toEqual({
      ok: false,
      fieldErrors: { "stops.0.placeId": "This place is not published; choose another." },
    });
  });

  it("asks for new people to be named somewhere, and for passages to support something", () => {
    const result = delegationFormSchema.safeParse(visit({ meetings: [], citations: { ...visit().citations, meetings: uncited() } }));
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["newPeople.0.name", "Choose this person as the leader, a member or someone met, or remove them"],
    ]);
    const citedNothing = delegationFormSchema.safeParse(visit({ stops: [] }));
    expect(citedNothing.error?.issues.map((i) => i.path.join("."))).toEqual(["citations.stops.sourceId"]);
  });
});
