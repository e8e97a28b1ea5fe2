import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { csvResponse } from "@/lib/csv";
import { listTieRows } from "@/lib/tie-export";
import { listAgreementRows } from "@/lib/agreement-export";
import { listDelegationRows } from "@/lib/delegation-export";
import { orderTiePair } from "@/lib/tie-timeline";

const origin = "https://amity.test";
const ids: Record<string, string> = {};

// Reads CSV back as a spreadsheet does: quoted cells may hold separators, quotes, line breaks.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let isQuoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (isQuoted && char === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      isQuoted = !isQuoted;
    } else if (!isQuoted && (char === "," || char === "\r")) {
      rows.at(-1)!.push(cell);
      cell = "";
      if (char === "\r") {
        rows.push([]);
        i++;
      }
    } else {
      cell += char;
    }
  }
  return rows.slice(0, -1);
}

// The file a visitor downloads, read back as rows.
const exported = async (list: (origin: string) => ReturnType<typeof listTieRows>) =>
  parseCsv(new TextDecoder().decode(await csvResponse(list(origin), "export.csv").arrayBuffer()));

beforeAll(async () => {
  for (const [slug, name] of [
    ["jinan", "Jinan"],
    ["gangnam", "Gangnam District"],
    ["licheng", "Licheng District"],
  ]) {
    ids[slug] = (await prisma.place.create({ data: { slug, name, country: "CN", level: "DISTRICT" } })).id;
  }
  const source = await prisma.source.create({
    data: { title: "Licheng news", url: "https://licheng.test/a", snapshot: "sister cities in 2007", snapshotHash: "h" },
  });
  const cite = (recordType: "TIE" | "TIE_EVENT" | "AGREEMENT_PARTY" | "DELEGATION_STOP", recordId: string, quote: string) =>
    prisma.citation.create({ data: { recordType, recordId, field: "exists", sourceId: source.id, quote } });
  const [placeAId, placeBId] = orderTiePair(ids.licheng, ids.gangnam);
  const tie = await prisma.tie.create({
    data: { placeAId, placeBId, kind: "SISTER", establishedOn: "2007", events: { create: [{ type: "ESTABLISHED", occurredOn: "2007" }] } },
    include: { events: true },
  });
  await cite("TIE", tie.id, "officially became sister cities");
  await cite("TIE_EVENT", tie.events[0].id, "in 2007");
  const agreement = await prisma.agreement.create({
    data: {
      slug: "formula",
      title: '=HYPERLINK("http://evil.test","Click")',
      kind: "MEMORANDUM_OF_UNDERSTANDING",
      signedOn: "2007",
      parties: { create: [{ placeId: ids.licheng }, { placeId: ids.gangnam }] },
    },
    include: { parties: true },
  });
  await cite("AGREEMENT_PARTY", agreement.parties[0].id, "Licheng signed");
  await prisma.agreement.create({ data: { slug: "withdrawn", title: "Withdrawn", kind: "OTHER", retiredAt: new Date() } });
  const delegation = await prisma.delegation.create({
    data: {
      slug: "jinan-visit",
      title: "Jinan delegation, to Gangnam",
      sendingPlaceId: ids.jinan,
      startOn: "2025-04-10",
      stops: {
        create: [
          { placeId: ids.gangnam, sequence: 1 },
          { placeId: ids.licheng, sequence: 0 },
        ],
      },
    },
    include: { stops: true },
  });
  await cite("DELEGATION_STOP", delegation.stops[0].id, "visited Gangnam");
});

describe("the CSV exports", () => {
  it("give one row per published agreement, a formula title escaped, the part's citation labelled", async () => {
    const [header, ...rows] = await exported(listAgreementRows);
    expect(header).toEqual([
      "Title",
      "Kind",
      "Signed",
      "Venue",
      "Parties",
      "Signatories",
      "Fields of cooperation",
      "Signed during",
      "Page",
      "Citations",
    ]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row[0]).toBe(`'=HYPERLINK("http://evil.test","Click")`);
    expect(row.slice(1, 5)).toEqual(["Memorandum of understanding", "2007", "", "Licheng District; Gangnam District"]);
    expect(row[8]).toBe("https://amity.test/agreements/formula");
    expect(row[9]).toBe("Party to an agreement · That it exists: “Licheng signed” — Licheng news <https://licheng.test/a>");
  });

  it("give one row per tie, with its history and the citations of the tie and its events", async () => {
    const [header, ...rows] = await exported(listTieRows);
    expect(header.at(-1)).toBe("Citations");
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((column, i) => [column, rows[0][i]]));
    expect(row).toMatchObject({ Kind: "Sister tie", Status: "Active", Since: "2007", History: "2007: Established" });
    expect(row.Citations).toBe(
      "That it exists: “officially became sister cities” — Licheng news <https://licheng.test/a> | " +
        "Tie event · That it exists: “in 2007” — Licheng news <https://licheng.test/a>",
    );
  });

  it("give one row per delegation, its itinerary in order, a title with a comma kept whole", async () => {
    const [header, ...rows] = await exported(listDelegationRows);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((column, i) => [column, rows[0][i]]));
    expect(row).toMatchObject({
      Title: "Jinan delegation, to Gangnam",
      "Sent by": "Jinan",
      From: "2025-04-10",
      Itinerary: "Licheng District → Gangnam District",
      Page: "https://amity.test/delegations/jinan-visit",
    });
    expect(row.Citations).toBe("Delegation stop · That it exists: “visited Gangnam” — Licheng news <https://licheng.test/a>");
  });
});
