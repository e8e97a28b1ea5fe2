import "server-only";
import { prisma } from "@/lib/db";
import { citationsByRecord, citationsCell, exportRows, list, ownerIndex } from "@/lib/export-rows";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { TIE_STATUS_LABELS } from "@/lib/tie-statuses";
import { agreementTitle } from "@/lib/agreement-kinds";
import { tiePath } from "@/lib/tie-path";
import { countryName } from "@/lib/countries";

const published = { retiredAt: null, placeA: { retiredAt: null }, placeB: { retiredAt: null } };
const order = [{ establishedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] as const;
const place = { select: { slug: true, name: true, country: true } } as const;

// Every published tie, one row each, for /exports/ties.csv.
export function listTieRows(origin: string) {
  return exportRows({
    header: ["Place", "Country", "Partner", "Partner's country", "Kind", "Status", "Since", "History", "Page", "Citations"],
    ids: async () => (await prisma.tie.findMany({ where: published, orderBy: [...order], select: { id: true } })).map((t) => t.id),
    rows: (batch) => tieRows(batch, origin),
  });
}

async function tieRows(batch: string[], origin: string) {
  const ties = await prisma.tie.findMany({
    where: { ...published, id: { in: batch } },
    orderBy: [...order],
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
  return ties.map(({ id, placeA, placeB, kind, status, establishedOn, events }) => [
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
}
