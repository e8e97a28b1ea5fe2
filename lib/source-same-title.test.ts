import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { proposeSource } from "@/lib/source";
import { approveChange } from "@/lib/change-review";
import { getChangeDetail } from "@/lib/change-detail";
import { findSameTitledSources } from "@/lib/source-same-title";
import { emptySource, type SourceInput } from "@/lib/source-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };

const pact: SourceInput = {
  ...emptySource,
  url: "https://harbour-news.example/2025/04/pact",
  title: "Harbour cities sign a friendship pact",
  publisher: "Harbour News",
  snapshot: "The two harbour cities signed a friendship pact on 18 April 2025.",
};

// The same article, its title typed otherwise, without an address and with more of its text.
const fuller: SourceInput = {
  ...pact,
  url: "",
  title: "HARBOUR Cities  sign a friendship   pact",
  snapshot: `${pact.snapshot} The mayors exchanged gifts and agreed on student exchanges.`,
};

let publishedId = "";
let fullerChangeId = "";

async function propose(input: SourceInput): Promise<string> {
  const proposal = await proposeSource(editor, input);
  if (!proposal.ok || !proposal.data || !("changeId" in proposal.data)) throw new Error(`Not proposed: ${JSON.stringify(proposal)}`);
  return proposal.data.changeId;
}

async function possiblySameOf(changeId: string) {
  const detail = await getChangeDetail(reviewer, changeId);
  return detail?.items.map((item) => item.possiblySame.map((record) => [record.title, record.path]));
}

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "same-title-editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "same-title-reviewer")).id;
  const changeId = await propose(pact);
  expect((await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).ok).toBe(true);
  publishedId = (await prisma.source.findFirstOrThrow({ where: { title: pact.title } })).id;
  fullerChangeId = await propose(fuller);
});

describe("a new source with the title of a published one", () => {
  it("is still accepted (a fuller text of the article), and its reviewer is shown the published one", async () => {
    expect(fullerChangeId).not.toBe("");
    expect(await possiblySameOf(fullerChangeId)).toEqual([[[pact.title, `/sources/${publishedId}`]]]);
  });

  it("is shown to the editor typing it, with proposals of that title awaiting review", async () => {
    const found = await findSameTitledSources(prisma, { title: " harbour cities sign a FRIENDSHIP pact", publisher: "" });
    expect(found.map((record) => [record.title, record.path])).toEqual([
      [pact.title, `/sources/${publishedId}`],
      [fuller.title, `/admin/review/${fullerChangeId}`],
    ]);
  });

  it("is not the source being corrected, nor the change being revised", async () => {
    expect(await findSameTitledSources(prisma, pact, { sourceId: publishedId, changeId: fullerChangeId })).toEqual([]);
  });
});

describe("a new source with another title, or from another publisher", () => {
  it("gets no such notice", async () => {
    const retitled = await propose({
      ...pact,
      url: "",
      title: "Harbour cities sign a trade pact",
      snapshot: "A different article, on trade.",
    });
    expect(await possiblySameOf(retitled)).toEqual([[]]);
    const elsewhere = { ...pact, url: "", title: "Harbour cities sign a trade pact", publisher: "Coastal Times" };
    const other = await propose({ ...elsewhere, snapshot: "Another paper's report, in its own words entirely." });
    expect(await possiblySameOf(other)).toEqual([[]]);
  });
});
