import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { approveChange } from "@/lib/change-review";
import { getPlaceForEditing, proposePlace } from "@/lib/place";
import { getOrganisationHistory, getPersonHistory, getPlaceHistory, getTieHistory } from "@/lib/record-history";
import type { PlaceInput } from "@/lib/place-schema";

// Outside Next.js there is no cache scope for cacheTag().
vi.mock("next/cache", () => ({ cacheTag: vi.fn() }));

const editor = { id: "", role: "EDITOR" as const };
const reviewer = { id: "", role: "REVIEWER" as const };

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "Ed Itor")).id;
  reviewer.id = (await createTestUser("REVIEWER", "Rita Viewer")).id;
});

async function propose(input: PlaceInput, placeId?: string, changeId?: string) {
  const result = await proposePlace(editor, input, { placeId, changeId }, true);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data!.id;
}

describe("public history", () => {
  it("shows what a partial approval applied, and nothing of the parts still pending: not the change's title, not its content", async () => {
    const blank: Omit<PlaceInput, "name"> = {
      country: "JP",
      level: "CITY",
      parentId: null,
      names: [],
      latitude: null,
      longitude: null,
      summary: "",
    };
    const created = await propose({ ...blank, name: "Ayabe" });
    expect((await approveChange(reviewer, created, "all", { seenRevision: 1 })).ok).toBe(true);
    const ayabe = await prisma.place.findFirstOrThrow({ where: { name: "Ayabe" } });
    const published = (await getPlaceForEditing(ayabe.id))!.content;
    const edit = await propose({ ...published, name: "Secret Rename", summary: "On the Yura River" }, ayabe.id);
    const item = await prisma.changeItem.findFirstOrThrow({ where: { changeRequestId: edit } });
    const partial = await approveChange(reviewer, edit, { [item.id]: ["summary"] }, { seenRevision: 1, comment: "Not the name." });
    expect(partial.ok).toBe(true);
    // Its author then retitles and revises the rest, still unapproved.
    await propose({ ...published, name: "Secret Rename", summary: "Secret summary" }, ayabe.id, edit);

    const history = await getPlaceHistory(ayabe.id);
    expect(history.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(history.versions[0]).toMatchObject({ proposedBy: { name: "Ed Itor" }, approvedBy: { name: "Rita Viewer" } });
    expect(history.versions[0].diff.filter((d) => d.isChanged).map((d) => d.field)).toEqual(["summary"]);
    expect(JSON.stringify(history)).not.toMatch(/Secret/);
  });

  it("of a person, an organisation or a tie names no change request", async () => {
    const change = await prisma.changeRequest.create({
      data: {
        title: "Secret pending title",
        authorId: editor.id,
        status: "PARTIALLY_APPROVED",
        items: { create: [{ sequence: 0, recordType: "PERSON", operation: "UPDATE", payload: { name: "Secret content" } }] },
      },
    });
    const person = await prisma.person.create({ data: { slug: "kim", name: "Kim Dong-yeon" } });
    const organisation = await prisma.organisation.create({ data: { slug: "jetro", name: "JETRO", kind: "OTHER" } });
    const [a, b] = await Promise.all(
      ["Jiangsu", "Gyeonggi"].map((name) =>
        prisma.place.create({ data: { slug: name.toLowerCase(), name, country: "CN", level: "PROVINCE" } }),
      ),
    );
    const tie = await prisma.tie.create({ data: { placeAId: [a.id, b.id].sort()[0], placeBId: [a.id, b.id].sort()[1] } });
    const records = [
      ["PERSON", person.id],
      ["ORGANISATION", organisation.id],
      ["TIE", tie.id],
    ] as const;
    for (const [recordType, recordId] of records)
      await prisma.revision.create({
        data: {
          recordType,
          recordId,
          version: 1,
          snapshot: {},
          changeRequestId: change.id,
          proposedById: editor.id,
          approvedById: reviewer.id,
        },
      });
    const histories = [await getPersonHistory(person.id), await getOrganisationHistory(organisation.id), await getTieHistory(tie.id)];
    for (const history of histories) {
      expect(history).toEqual([expect.objectContaining({ version: 1, proposedBy: { name: "Ed Itor" } })]);
      expect(JSON.stringify(history)).not.toMatch(/Secret/);
    }
  });
});
