import "server-only";
import { prisma } from "@/lib/db";
import { citationsByRecord, citationsCell, exportRows, list, nameOnly, ownerIndex } from "@/lib/export-rows";
import { AGREEMENT_KIND_LABELS } from "@/lib/agreement-kinds";

const published = { retiredAt: null };
const order = [{ signedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] as const;

// Every published agreement, one row each, for /exports/agreements.csv.
export function listAgreementRows(origin: string) {
  return exportRows({
    header: ["Title", "Kind", "Signed", "Venue", "Parties", "Signatories", "Fields of cooperation", "Signed during", "Page", "Citations"],
    ids: async () => (await prisma.agreement.findMany({ where: published, orderBy: [...order], select: { id: true } })).map((r) => r.id),
    rows: (batch) => agreementRows(batch, origin),
  });
}

async function agreementRows(batch: string[], origin: string) {
  const agreements = await prisma.agreement.findMany({
    where: { ...published, id: { in: batch } },
    orderBy: [...order],
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      signedOn: true,
      venue: true,
      venuePlace: nameOnly,
      delegation: { select: { title: true, retiredAt: true } },
      event: { select: { name: true, retiredAt: true } },
      parties: { orderBy: { id: "asc" }, select: { id: true, place: nameOnly, organisation: nameOnly } },
      signatories: { orderBy: { id: "asc" }, select: { id: true, title: true, role: true, person: nameOnly } },
      fields: { orderBy: { id: "asc" }, select: { id: true, name: true } },
    },
  });
  const parts = agreements.flatMap((a) => [...a.parties, ...a.signatories, ...a.fields].map((p): [string, string] => [p.id, a.id]));
  const partOwner = ownerIndex(parts);
  const ids = (pick: (a: (typeof agreements)[number]) => { id: string }[]) => agreements.flatMap((a) => pick(a).map((p) => p.id));
  const { cited, of } = await citationsByRecord(
    [
      { recordType: "AGREEMENT", ids: agreements.map((a) => a.id) },
      { recordType: "AGREEMENT_PARTY", ids: ids((a) => a.parties) },
      { recordType: "AGREEMENT_SIGNATORY", ids: ids((a) => a.signatories) },
      { recordType: "COOPERATION_FIELD", ids: ids((a) => a.fields) },
    ],
    (c) => (c.recordType === "AGREEMENT" ? c.recordId : partOwner.get(c.recordId)),
  );
  return agreements.map((a) => [
    a.title,
    AGREEMENT_KIND_LABELS[a.kind],
    cited.shown("AGREEMENT", a.id, "signedOn", a.signedOn),
    list([a.venue, a.venuePlace?.name]),
    list(a.parties.map((p) => p.place?.name ?? p.organisation?.name)),
    // Witnesses are listed with the signatories, marked as such.
    list(a.signatories.map((s) => [s.person.name, s.title].filter(Boolean).join(", ") + (s.role === "WITNESS" ? " (witnessed)" : ""))),
    list(a.fields.map((f) => f.name)),
    list([a.delegation?.retiredAt ? null : a.delegation?.title, a.event?.retiredAt ? null : a.event?.name]),
    new URL(`/agreements/${a.slug}`, origin).href,
    citationsCell(of(a.id), "AGREEMENT"),
  ]);
}
