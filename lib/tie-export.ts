import "server-only";
import { prisma } from "@/lib/db";
import type { CsvCell } from "@/lib/csv";
import { citationsByRecord, citationsCell, list, ownerIndex } from "@/lib/export-rows";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { TIE_STATUS_LABELS } from "@/lib/tie-statuses";
import { agreementTitle } from "@/lib/agreement-kinds";
import { tiePath } from "@/lib/tie-path";
import { countryName } from "@/lib/countries";

// Every published tie, one row each, for /exports/ties.csv.
export async function listTieRows(origin: string): Promise<CsvCell[][]> {
  const place = { select: { slug: true, name: true, country: true } } as const;
  const ties = await prisma.tie.findMany({
    where: { retiredAt: null, placeA: { retiredAt: null }, placeB: { retiredAt: null } },
    orderBy: [{ establishedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      status: true,
      establishedOn: true,
      placeA: place,
      placeB: place,
      events: {
        orderBy: { occurredOn: "asc" },
        select: { id: true, type: true, occurredOn: true, agreement: { select: { title: true, kind: true, signedOn: true } } },
      },
    },
  });
  const eventOwner = ownerIndex(ties.flatMap((t) => t.events.map((e): [string, string] => [e.id, t.id])));
  const { cited, of } = await citationsByRecord(
    [
      { recordType: "TIE", ids: ties.map((t) => t.id) },
      { recordType: "TIE_EVENT", ids: [...eventOwner.keys()] },
    ],
    (c) => (c.recordType === "TIE" ? c.recordId : eventOwner.get(c.recordId)),
  );
  const header = ["Place", "Country", "Partner", "Partner's country", "Kind", "Status", "Since", "History", "Page", "Citations"];
  const rows = ties.map(({ id, placeA, placeB, kind, status, establishedOn, events }) => [
    placeA.name,
    countryName(placeA.country),
    placeB.name,
    countryName(placeB.country),
    kind && TIE_KIND_LABELS[kind],
    TIE_STATUS_LABELS[status],
    establishedOn,
    list(
      events.map((e) => {
        const date = cited.shown("TIE_EVENT", e.id, "occurredOn", e.occurredOn);
        return `${date ?? "undated"}: ${TIE_EVENT_LABELS[e.type]}${e.agreement ? ` (${agreementTitle(e.agreement)})` : ""}`;
      }),
    ),
    new URL(tiePath(placeA.slug, placeB.slug), origin).href,
    citationsCell(of(id), "TIE"),
  ]);
  return [header, ...rows];
}
