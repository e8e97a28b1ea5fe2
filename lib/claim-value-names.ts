import "server-only";
import type { Tx } from "@/lib/record-kind";
import { agreementTitle } from "@/lib/agreement-kinds";

// A citation of a link (a venue's place, the visit it was signed during, a party) asserts
// which record the source names: the demo data gives its slug, a form its id. Readers see
// the record's name instead.
const LINK_FIELD = /Id$|^(parties|places|organisers|members|stops)$/;

type Asserted = { field: string; assertedValue: string | null };

export const isLinkClaim = (field: string) => LINK_FIELD.test(field);

// Names by asserted value (id or slug) of every record the citations' link values refer to,
// in one query per kind, and none when no citation asserts a link.
export async function nameClaimValues(db: Tx, citations: Asserted[]): Promise<Record<string, string>> {
  const values = [...new Set(citations.flatMap((c) => (c.assertedValue && isLinkClaim(c.field) ? [c.assertedValue] : [])))];
  if (values.length === 0) return {};
  const where = { OR: [{ id: { in: values } }, { slug: { in: values } }] };
  const named = { id: true, slug: true, name: true } as const;
  const titled = { id: true, slug: true, title: true } as const;
  const rows = await Promise.all([
    db.place.findMany({ where, select: named }),
    db.person.findMany({ where, select: named }),
    db.organisation.findMany({ where, select: named }),
    db.event.findMany({ where, select: named }),
    db.delegation.findMany({ where, select: titled }).then((found) => found.map(({ title, ...d }) => ({ ...d, name: title }))),
    db.agreement
      .findMany({ where, select: { ...titled, kind: true, signedOn: true } })
      .then((found) => found.map((a) => ({ id: a.id, slug: a.slug, name: agreementTitle(a) }))),
  ]);
  const names: Record<string, string> = {};
  for (const { id, slug, name } of rows.flat()) {
    if (values.includes(id)) names[id] = name;
    if (values.includes(slug)) names[slug] = name;
  }
  return names;
}

// The citations with the name of the record each one's value refers to, if any.
export async function withValueNames<C extends Asserted>(db: Tx, citations: C[]): Promise<(C & { valueName: string | null })[]> {
  const names = await nameClaimValues(db, citations);
  return citations.map((c) => ({ ...c, valueName: (c.assertedValue && isLinkClaim(c.field) && names[c.assertedValue]) || null }));
}
