import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { RecordType } from "@/lib/generated/prisma/enums";
import { PlaceLevel } from "@/lib/generated/prisma/enums";
import { nameIndexOf, type NameIndex } from "@/lib/intake/known-names";
import type { KnownRecord, MentionKind } from "@/lib/intake/types";

// The records an article's names are looked for among: every published place, person and
// organisation with all its names, and those still waiting in a change request, so that an
// article read today meets the city a colleague proposed yesterday.

const KINDS: Record<Extract<RecordType, "PLACE" | "PERSON" | "ORGANISATION">, MentionKind> = {
  PLACE: "place",
  PERSON: "person",
  ORGANISATION: "organisation",
};

const names = { where: { retiredAt: null }, select: { text: true, lang: true } } as const;

// A proposed record's payload, read only for what names it: each kind's schema is stricter,
// and a payload too old for it still has a name worth finding.
const proposedSchema = z.object({
  name: z.string(),
  country: z.string().nullish(),
  level: z.enum(PlaceLevel).nullish(),
  parentId: z.string().nullish(),
  names: z.array(z.object({ text: z.string(), lang: z.string() })).default([]),
});

async function publishedRecords(): Promise<KnownRecord[]> {
  const live = { retiredAt: null };
  const [places, people, organisations] = await Promise.all([
    prisma.place.findMany({ where: live, select: { id: true, name: true, country: true, level: true, parentId: true, names } }),
    prisma.person.findMany({ where: live, select: { id: true, name: true, names } }),
    prisma.organisation.findMany({ where: live, select: { id: true, name: true, country: true, parentId: true, names } }),
  ]);
  return [
    ...places.map((p) => ({ kind: "place" as const, ...p, isPending: false })),
    ...people.map((p) => ({ kind: "person" as const, ...p, country: null, level: null, parentId: null, isPending: false })),
    ...organisations.map((o) => ({ kind: "organisation" as const, ...o, level: null, isPending: false })),
  ];
}

// A pending record is named "item:<change item id>", the name a later change uses for a
// record another change proposes (lib/change-apply.ts).
async function pendingRecords(): Promise<KnownRecord[]> {
  const items = await prisma.changeItem.findMany({
    where: {
      operation: "CREATE",
      status: "PENDING",
      recordType: { in: Object.keys(KINDS) as RecordType[] },
      changeRequest: { status: { in: ["DRAFT", "SUBMITTED", "RETURNED"] } },
    },
    select: { id: true, recordType: true, payload: true },
  });
  return items.flatMap((item) => {
    const parsed = proposedSchema.safeParse(item.payload);
    if (!parsed.success) return [];
    const { name, country, level, parentId, names } = parsed.data;
    const kind = KINDS[item.recordType as keyof typeof KINDS];
    return [
      {
        kind,
        id: `item:${item.id}`,
        name,
        country: country ?? null,
        level: level ?? null,
        parentId: parentId ?? null,
        names,
        isPending: true,
      },
    ];
  });
}

export async function loadKnownRecords(): Promise<KnownRecord[]> {
  const [published, pending] = await Promise.all([publishedRecords(), pendingRecords()]);
  return [...published, ...pending];
}

export type KnownNames = { records: KnownRecord[]; index: NameIndex };

// Reading every record and filing its names takes about a second with the twin-cities list
// loaded, so the result is kept while it still holds: while no record, name or change
// request was added, edited, retired or decided since. A name change rebuilds its record's
// search keys (new ids); a change request's every step touches its updatedAt. Checked on
// every reading (a few aggregates), so an approval or a proposal is seen at once by every
// server process, with no cache tag to revalidate.
async function namesStamp(): Promise<string> {
  const stamps = await Promise.all([
    prisma.place.aggregate({ _count: true, _max: { updatedAt: true } }),
    prisma.person.aggregate({ _count: true, _max: { updatedAt: true } }),
    prisma.organisation.aggregate({ _count: true, _max: { updatedAt: true } }),
    prisma.searchKey.aggregate({ _count: true, _max: { id: true } }),
    prisma.changeRequest.aggregate({ _count: true, _max: { updatedAt: true } }),
  ]);
  return JSON.stringify(stamps);
}

let kept: { stamp: string; names: Promise<KnownNames> } | null = null;

export async function loadKnownNames(): Promise<KnownNames> {
  const stamp = await namesStamp();
  if (kept?.stamp !== stamp) {
    const names = loadKnownRecords().then((records) => ({ records, index: nameIndexOf(records) }));
    kept = { stamp, names };
    // A failed read is not kept: the next reading tries again.
    names.catch(() => {
      if (kept?.names === names) kept = null;
    });
  }
  return kept.names;
}
