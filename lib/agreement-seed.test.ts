import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { getAgreementForEditing, proposeAgreement } from "@/lib/agreement";
import { agreementFormSchema, uncitedAgreement } from "@/lib/agreement-schema";
import { AGREEMENTS, type AgreementSpec, type PositionRef } from "../prisma/seed-data";

// Every agreement of the demo data, written as prisma/seed.ts writes it (rows directly, not
// through review), must open in the edit form and, saved untouched, change nothing.

const editor = { id: "", role: "EDITOR" as const };
const made = new Map<string, string>();

// The records an agreement points at, made once each, by the seed's slug.
async function once(key: string, make: () => Promise<{ id: string }>): Promise<string> {
  if (!made.has(key)) made.set(key, (await make()).id);
  return made.get(key)!;
}

const place = (slug: string) =>
  once(`place:${slug}`, () => prisma.place.create({ data: { slug, name: slug, country: "KR", level: "PROVINCE" } }));
const organisation = (slug: string) =>
  once(`organisation:${slug}`, () => prisma.organisation.create({ data: { slug, name: slug, kind: "GOVERNMENT" } }));
const person = (slug: string) => once(`person:${slug}`, () => prisma.person.create({ data: { slug, name: slug } }));
const position = async ({ person: slug, title }: PositionRef) =>
  once(`position:${slug}|${title}`, async () => prisma.position.create({ data: { personId: await person(slug), title } }));
const delegation = (slug: string) => once(`delegation:${slug}`, () => prisma.delegation.create({ data: { slug, title: slug } }));
const event = (slug: string) => once(`event:${slug}`, () => prisma.event.create({ data: { slug, name: slug, kind: "FORUM" } }));

const optional = (slug: string | undefined, make: (slug: string) => Promise<string>) => (slug ? make(slug) : null);

async function seedAgreement(spec: AgreementSpec): Promise<string> {
  const parties = [];
  for (const party of spec.parties)
    parties.push({
      placeId: await optional(party.place, place),
      organisationId: await optional(party.organisation, organisation),
    });
  const signatories = [];
  for (const signatory of spec.signatories)
    signatories.push({
      personId: await person(signatory.person),
      positionId: signatory.position ? await position(signatory.position) : null,
      title: signatory.title ?? null,
    });
  const agreement = await prisma.agreement.create({
    data: {
      slug: spec.slug,
      title: spec.title,
      kind: spec.kind,
      signedOn: spec.signedOn ?? null,
      venue: spec.venue ?? null,
      venuePlaceId: await optional(spec.venuePlace, place),
      delegationId: await optional(spec.delegation, delegation),
      eventId: await optional(spec.event, event),
      summary: spec.summary ?? null,
      parties: { create: parties },
      signatories: { create: signatories },
      fields: { create: spec.fields.map(({ name }) => ({ name })) },
    },
  });
  return agreement.id;
}

beforeAll(async () => {
  editor.id = (await createTestUser("EDITOR", "editor")).id;
});

describe("the seeded agreements", () => {
  it.each(AGREEMENTS.map((spec) => [spec.slug, spec] as const))(
    "%s opens in the form and, saved unchanged, is refused as no change",
    async (_slug, spec) => {
      const id = await seedAgreement(spec);
      const loaded = await getAgreementForEditing(id);
      const form = agreementFormSchema.safeParse({ ...loaded!.content, citations: uncitedAgreement(), tieEvent: null });
      expect(form.error).toBeUndefined();
      expect(form.data).toMatchObject({
        title: spec.title,
        signedOn: spec.signedOn ?? "",
        parties: expect.any(Array),
        signatories: spec.signatories.map((s) => expect.objectContaining({ title: s.title ?? "", role: "SIGNATORY" })),
        fields: spec.fields.map((f) => f.name),
      });
      expect(form.data!.delegationId !== null).toBe(!!spec.delegation);
      expect(await proposeAgreement(editor, form.data!, { agreementId: id, baseVersion: loaded!.version }, true)).toEqual({
        ok: false,
        formError: expect.stringContaining("Nothing has changed"),
      });
    },
  );
});
