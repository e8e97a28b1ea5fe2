import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { getDelegationForEditing, proposeDelegation } from "@/lib/delegation";
import { delegationFormSchema, uncitedDelegation } from "@/lib/delegation-schema";
import { DELEGATIONS, type DelegationSpec, type PositionRef } from "../prisma/seed-data";

// Every delegation of the demo data, written as prisma/seed.ts writes it (rows directly,
// not through review), must open in the edit form and, saved untouched, change nothing.

const editor = { id: "", role: "EDITOR" as const };
const made = new Map<string, string>();

// The records a delegation points at, made once each, by the seed's slug.
async function once(key: string, make: () => Promise<{ id: string }>): Promise<string> {
  if (!made.has(key)) made.set(key, (await make()).id);
  return made.get(key)!;
}

const place = (slug: string) =>
  once(`place:${slug}`, () => prisma.place.create({ data: { slug, name: slug, country: "KR", level: "CITY" } }));
const organisation = (slug: string) =>
  once(`organisation:${slug}`, () => prisma.organisation.create({ data: { slug, name: slug, kind: "GOVERNMENT" } }));
const person = (slug: string) => once(`person:${slug}`, () => prisma.person.create({ data: { slug, name: slug } }));
const position = async ({ person: slug, title }: PositionRef) =>
  once(`position:${slug}|${title}`, async () => prisma.position.create({ data: { personId: await person(slug), title } }));
const optional = (slug: string | undefined, make: (slug: string) => Promise<string>) => (slug ? make(slug) : null);

async function seedDelegation(spec: DelegationSpec): Promise<string> {
  const stops = [];
  for (const [index, stop] of spec.stops.entries())
    stops.push({ placeId: await place(stop.place), sequence: index + 1, startOn: stop.startOn ?? null, endOn: stop.endOn ?? null });
  const members = [];
  for (const member of spec.members)
    members.push({
      personId: await person(member.person),
      positionId: member.position ? await position(member.position) : null,
      title: member.title ?? null,
    });
  const meetings = [];
  for (const meeting of spec.meetings)
    meetings.push({
      personId: await optional(meeting.person, person),
      organisationId: await optional(meeting.organisation, organisation),
      placeId: await optional(meeting.place, place),
      counterpartTitle: meeting.counterpartTitle ?? null,
      occurredOn: meeting.occurredOn ?? null,
      summary: meeting.summary ?? null,
    });
  const siteVisits = [];
  for (const visit of spec.siteVisits)
    siteVisits.push({
      name: visit.name,
      organisationId: await optional(visit.organisation, organisation),
      placeId: await optional(visit.place, place),
      occurredOn: visit.occurredOn ?? null,
    });
  const gifts = [];
  for (const gift of spec.gifts)
    gifts.push({
      description: gift.description,
      fromPlaceId: await optional(gift.fromPlace, place),
      toPlaceId: await optional(gift.toPlace, place),
      toOrganisationId: await optional(gift.toOrganisation, organisation),
      occurredOn: gift.occurredOn ?? null,
    });
  const delegation = await prisma.delegation.create({
    data: {
      slug: spec.slug,
      title: spec.title,
      leaderId: await optional(spec.leader, person),
      leaderPositionId: spec.leaderPosition ? await position(spec.leaderPosition) : null,
      leaderTitle: spec.leaderTitle ?? null,
      sendingPlaceId: await optional(spec.sendingPlace, place),
      sendingOrganisationId: await optional(spec.sendingOrganisation, organisation),
      startOn: spec.startOn ?? null,
      endOn: spec.endOn ?? null,
      purpose: spec.purpose ?? null,
      stops: { create: stops },
      members: { create: members },
      meetings: { create: meetings },
      siteVisits: { create: siteVisits },
      gifts: { create: gifts },
    },
  });
  return delegation.id;
}

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
});

describe("the seeded delegations", () => {
  it.each(DELEGATIONS.map((spec) => [spec.slug, spec] as const))(
    "%s opens in the form and, saved unchanged, is refused as no change",
    async (_slug, spec) => {
      const id = await seedDelegation(spec);
      const loaded = await getDelegationForEditing(id);
      const form = delegationFormSchema.safeParse({ ...loaded!.content, citations: uncitedDelegation(), newPeople: [] });
      expect(form.error).toBeUndefined();
      expect(form.data).toMatchObject({
        title: spec.title,
        leaderTitle: spec.leaderTitle ?? "",
        leaderPositionId: expect.any(String),
        stops: spec.stops.map((s) => expect.objectContaining({ id: expect.any(String), startOn: s.startOn ?? "", endOn: s.endOn ?? "" })),
        meetings: spec.meetings.map((m) =>
          expect.objectContaining({ counterpartTitle: m.counterpartTitle ?? "", summary: m.summary ?? "" }),
        ),
        siteVisits: spec.siteVisits.map((v) => expect.objectContaining({ name: v.name })),
        gifts: spec.gifts.map((g) => expect.objectContaining({ description: g.description })),
      });
      expect(await proposeDelegation(editor, form.data!, { delegationId: id, baseVersion: loaded!.version }, true)).toEqual({
        ok: false,
        formError: expect.stringContaining("Nothing has changed"),
      });
    },
  );
});
