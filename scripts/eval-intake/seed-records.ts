import { ORGANISATIONS, PEOPLE, PLACES } from "../../prisma/seed-data";
import type { KnownRecord } from "@/lib/intake/types";

// The records the demo seed publishes, as the intake analysis would load them from a
// seeded database (lib/intake/known-records.ts): their names in every script.
export function seedRecords(): KnownRecord[] {
  const names = (list: { text: string; lang: string }[]) => list.map(({ text, lang }) => ({ text, lang }));
  return [
    ...PLACES.map((p) => ({
      kind: "place" as const,
      id: p.slug,
      name: p.name,
      country: p.country,
      level: p.level,
      parentId: p.parent ?? null,
      names: names(p.names),
      isPending: false,
    })),
    ...PEOPLE.map((p) => ({
      kind: "person" as const,
      id: p.slug,
      name: p.name,
      country: null,
      level: null,
      parentId: null,
      names: names(p.names),
      isPending: false,
    })),
    ...ORGANISATIONS.map((o) => ({
      kind: "organisation" as const,
      id: o.slug,
      name: o.name,
      country: o.country ?? null,
      level: null,
      parentId: null,
      names: names(o.names),
      isPending: false,
    })),
  ];
}
