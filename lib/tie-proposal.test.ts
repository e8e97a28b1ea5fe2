import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { proposeTie, tieProposalFrom } from "@/lib/tie-proposal";
import { approveChange } from "@/lib/change-review";
import { getChangeDetail } from "@/lib/change-detail";
import { emptyTieProposal, type TieProposal } from "@/lib/tie-schema";
import { uncited } from "@/lib/claim-citation-schema";

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };
const place: Record<string, string> = {};
let sourceId = "";

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "reviewer")).id;
  for (const [name, country] of [
    ["Suwon", "KR"],
    ["Asahikawa", "JP"],
    ["Jinan", "CN"],
  ]) {
    place[name] = (await prisma.place.create({ data: { slug: name.toLowerCase(), name, country, level: "CITY" } })).id;
  }
  const snapshot = "Suwon and Asahikawa signed a sister city agreement on 9 October 1989.";
  sourceId = (await prisma.source.create({ data: { title: "Suwon city", snapshot, snapshotHash: "h" } })).id;
});

function suwonAsahikawa(): TieProposal {
  const proposal = emptyTieProposal(place.Suwon);
  proposal.tie.placeBId = place.Asahikawa;
  proposal.event = { type: "ESTABLISHED", kind: "SISTER", term: "sister city", occurredOn: "1989-10-09", note: "" };
  proposal.citations = {
    kind: { ...uncited(), sourceId, quote: "signed a sister city agreement" },
    occurredOn: { ...uncited(), sourceId, quote: "9 October 1989", assertedValue: "1989-10-09" },
  };
  return proposal;
}

describe("a new tie with its first event", () => {
  it("is one change: the tie, its event and the passages for its kind and date, approved together", async () => {
    const result = await proposeTie(editor, suwonAsahikawa());
    const changeId = result.ok ? result.data!.id : "";
    expect(await approveChange(reviewer, changeId, "all", { seenRevision: 1 })).toMatchObject({ ok: true });
    const tie = await prisma.tie.findFirstOrThrow({
      where: { OR: [{ placeAId: place.Suwon }, { placeBId: place.Suwon }] },
      include: { events: true },
    });
    expect(tie).toMatchObject({ kind: "SISTER", establishedOn: "1989-10-09", status: "ACTIVE" });
    const claims = await prisma.citation.findMany({ where: { recordType: "TIE_EVENT", recordId: tie.events[0].id } });
    expect(claims.map((c) => c.field).sort()).toEqual(["kind", "occurredOn"]);

    const again = await proposeTie(editor, suwonAsahikawa());
    // The tie's page has no menu entry of its own, so the message says the way to it.
    const way = "under Places, edit Suwon and choose “Add an event” beside Asahikawa";
    expect(again).toEqual({ ok: false, fieldErrors: { "tie.placeBId": expect.stringContaining(way) } });
  });

  it("is read back into the form for its author to revise", async () => {
    const proposal = { ...suwonAsahikawa(), tie: { placeAId: place.Jinan, placeBId: place.Asahikawa, summary: "" } };
    const result = await proposeTie(editor, proposal);
    const items = await prisma.changeItem.findMany({ where: { changeRequestId: result.ok ? result.data!.id : "" } });
    expect(tieProposalFrom(items)).toMatchObject({
      tie: proposal.tie,
      event: proposal.event,
      citations: {
        kind: { quote: "signed a sister city agreement" },
        occurredOn: { quote: "9 October 1989", assertedValue: "1989-10-09" },
      },
    });
  });

  it("reads to its reviewer by its two places, where the change names them by id", async () => {
    const proposal = { ...suwonAsahikawa(), tie: { placeAId: place.Jinan, placeBId: place.Suwon, summary: "" } };
    const result = await proposeTie(editor, proposal);
    const detail = await getChangeDetail(reviewer, result.ok ? result.data!.id : "");
    const [tie, event] = detail!.items;
    expect(tie.title).toBe("Jinan – Suwon");
    // The event's "Tie" field names the tie new in the same change.
    expect(event.names["ref:tie"]).toBe("Jinan – Suwon (new in this change)");
  });

  it("cannot join a place to itself", async () => {
    const proposal = { ...suwonAsahikawa(), tie: { placeAId: place.Jinan, placeBId: place.Jinan, summary: "" } };
    expect(await proposeTie(editor, proposal)).toEqual({ ok: false, fieldErrors: { "tie.placeBId": "A tie joins two different places." } });
  });
});
