import "server-only";
import { prisma } from "@/lib/db";
import { citationsByRecord, citationsCell, exportRows, list, nameOnly, ownerIndex } from "@/lib/export-rows";

const part = { select: { id: true } } as const;

// "Nara → Kyoto → Seoul, and other places"; without arrows when the sources give no order.
function itineraryCell(d: { stops: { place: { name: string } }[]; itineraryOrdered: boolean; otherPlacesNote: string | null }) {
  const stops = d.stops.map((s) => s.place.name).join(d.itineraryOrdered ? " → " : "; ");
  return [stops, d.otherPlacesNote].filter(Boolean).join(", ");
}

const published = { retiredAt: null };
const order = [{ startOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] as const;

// Every published delegation, one row each, for /exports/delegations.csv.
export function listDelegationRows(origin: string) {
  return exportRows({
    header: ["Title", "Leader", "Leader's title", "Sent by", "From", "To", "Itinerary", "Met", "Agreements signed", "Page", "Citations"],
    ids: async () => (await prisma.delegation.findMany({ where: published, orderBy: [...order], select: { id: true } })).map((r) => r.id),
    rows: (batch) => delegationRows(batch, origin),
  });
}

async function delegationRows(batch: string[], origin: string) {
  const delegations = await prisma.delegation.findMany({
    where: { ...published, id: { in: batch } },
    orderBy: [...order],
    select: {
      id: true,
      slug: true,
      title: true,
      leaderTitle: true,
      startOn: true,
      endOn: true,
      itineraryOrdered: true,
      otherPlacesNote: true,
      leader: nameOnly,
      sendingPlace: nameOnly,
      sendingOrganisation: nameOnly,
      stops: { orderBy: [{ sequence: "asc" }, { id: "asc" }], select: { id: true, place: nameOnly } },
      meetings: { orderBy: { id: "asc" }, select: { id: true, counterpartTitle: true, person: nameOnly, organisation: nameOnly } },
      members: part,
      siteVisits: part,
      gifts: part,
      agreements: { where: { retiredAt: null }, select: { title: true } },
    },
  });
  const parts = ["stops", "meetings", "members", "siteVisits", "gifts"] as const;
  const partOwner = ownerIndex(delegations.flatMap((d) => parts.flatMap((key) => d[key].map((p): [string, string] => [p.id, d.id]))));
  const ids = (key: (typeof parts)[number]) => delegations.flatMap((d) => d[key].map((p) => p.id));
  const { cited, of } = await citationsByRecord(
    [
      { recordType: "DELEGATION", ids: delegations.map((d) => d.id) },
      { recordType: "DELEGATION_STOP", ids: ids("stops") },
      { recordType: "DELEGATION_MEETING", ids: ids("meetings") },
      { recordType: "DELEGATION_MEMBER", ids: ids("members") },
      { recordType: "DELEGATION_SITE_VISIT", ids: ids("siteVisits") },
      { recordType: "DELEGATION_GIFT", ids: ids("gifts") },
    ],
    (c) => (c.recordType === "DELEGATION" ? c.recordId : partOwner.get(c.recordId)),
  );
  return delegations.map((d) => [
    d.title,
    d.leader?.name,
    d.leaderTitle,
    d.sendingPlace?.name ?? d.sendingOrganisation?.name,
    cited.shown("DELEGATION", d.id, "startOn", d.startOn),
    cited.shown("DELEGATION", d.id, "endOn", d.endOn),
    itineraryCell(d),
    list(d.meetings.map((m) => [m.person?.name ?? m.organisation?.name, m.counterpartTitle].filter(Boolean).join(", "))),
    list(d.agreements.map((a) => a.title)),
    new URL(`/delegations/${d.slug}`, origin).href,
    citationsCell(of(d.id), "DELEGATION"),
  ]);
}
