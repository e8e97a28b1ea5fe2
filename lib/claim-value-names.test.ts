import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { nameClaimValues, withValueNames } from "@/lib/claim-value-names";

const ids: Record<string, string> = {};

beforeAll(async () => {
  ids.gyeonggi = (
    await prisma.place.create({ data: { slug: "gyeonggi", name: "Gyeonggi Province", country: "KR", level: "PROVINCE" } })
  ).id;
  ids.visit = (await prisma.delegation.create({ data: { slug: "jiangsu-visit", title: "Jiangsu delegation to Korea" } })).id;
  ids.untitled = (
    await prisma.agreement.create({ data: { slug: "untitled", title: "", kind: "FRIENDSHIP_AGREEMENT", signedOn: "2011" } })
  ).id;
});

describe("naming the records a citation's value refers to", () => {
  it("names a link's value given by slug or by id, of any kind", async () => {
    const names = await nameClaimValues(prisma, [
      { field: "venuePlaceId", assertedValue: "gyeonggi" },
      { field: "delegationId", assertedValue: ids.visit },
      { field: "agreementId", assertedValue: "untitled" },
    ]);
    expect(names).toEqual({
      gyeonggi: "Gyeonggi Province",
      [ids.visit]: "Jiangsu delegation to Korea",
      untitled: "Friendship agreement, 2011",
    });
  });

  it("leaves values of other claims as the source gave them", async () => {
    const cited = await withValueNames(prisma, [
      { field: "venue", assertedValue: "gyeonggi" },
      { field: "venuePlaceId", assertedValue: "nowhere" },
    ]);
    expect(cited.map((c) => c.valueName)).toEqual([null, null]);
  });
});
