import type { Role } from "../lib/generated/prisma/enums";
import { tiePath } from "../lib/tie-path";
import { test, expect } from "./fixtures";
import { expectAccessible } from "./axe";
import {
  createAgreement,
  createCitation,
  createPlace,
  createPlaceChange,
  createSource,
  createUser,
  db,
  placeContent,
  uniqueId,
} from "./factories";

// Every page of the site as its reader meets it, checked by axe: no serious or critical
// violation. Public profiles are the seed's (prisma/seed-data.ts), which carry what a
// profile can show: native names, footnotes, ties, agreements, delegations. Admin pages
// are opened by a role that may open them; what they need that the seed lacks (changes to
// review or revise, a disputed claim) each test builds itself.

// A page, the role that opens it (none: the public), where it is and the heading that
// proves it rendered, rather than a sign-in or not-found page.
type Visit = { role?: Role; path: (as: { id: string }) => Promise<string>; heading: string | RegExp };

const seededPlace = (slug: string) => db.place.findUniqueOrThrow({ where: { slug } });

async function seededTie() {
  const tie = await db.tie.findFirstOrThrow({
    where: {
      OR: [
        { placeA: { slug: "jiangsu" }, placeB: { slug: "gyeonggi" } },
        { placeA: { slug: "gyeonggi" }, placeB: { slug: "jiangsu" } },
      ],
    },
    include: { placeA: true, placeB: true, events: { orderBy: { occurredOn: "asc" } } },
  });
  return { ...tie, path: tiePath(tie.placeA.slug, tie.placeB.slug) };
}

const seededSource = () => db.source.findFirstOrThrow({ where: { retiredAt: null, citations: { some: {} } }, orderBy: { title: "asc" } });

// Two sources giving the date of one agreement differently: a claim for a reviewer to settle.
async function disputedClaim() {
  const agreement = await createAgreement({ parties: [await createPlace(), await createPlace()], signedOn: "2024" });
  const claim = { recordType: "AGREEMENT" as const, recordId: agreement.id, field: "signedOn" };
  for (const [day, month] of [
    ["19", "May"],
    ["19", "June"],
  ]) {
    const source = await createSource({ snapshot: `The memorandum was signed on ${day} ${month} 2024.` });
    const value = `2024-${month === "May" ? "05" : "06"}-${day}`;
    await createCitation({ ...claim, sourceId: source.id, quote: `signed on ${day} ${month} 2024`, assertedValue: value });
  }
  return `/admin/disputes?recordType=AGREEMENT&recordId=${agreement.id}&field=signedOn`;
}

// The author's own change, sent back by a reviewer with a comment, as lib/change-review.ts returns one.
async function returnedChange(author: { id: string }) {
  const change = await createPlaceChange({ author, content: placeContent({ summary: "A harbour town." }) });
  const reviewer = await createUser({ role: "REVIEWER" });
  await db.changeItem.updateMany({ where: { changeRequestId: change.id }, data: { status: "RETURNED" } });
  await db.changeRequest.update({
    where: { id: change.id },
    data: {
      status: "RETURNED",
      reviewerId: reviewer.id,
      decidedAt: new Date(),
      comments: { create: { authorId: reviewer.id, body: "Name the harbour." } },
    },
  });
  return change;
}

const PUBLIC: Record<string, Visit> = {
  home: { path: async () => "/", heading: "Amity" },
  "the places directory": { path: async () => "/places", heading: "Places" },
  "a search of the record": { path: async () => "/search?q=Jiangsu", heading: "Search" },
  "a place": { path: async () => "/places/jiangsu", heading: /^Jiangsu Province/ },
  "a place's history": { path: async () => "/places/jiangsu/history", heading: /^History of Jiangsu/ },
  "a tie": { path: async () => (await seededTie()).path, heading: /Jiangsu.*Gyeonggi|Gyeonggi.*Jiangsu/ },
  "a tie's history": { path: async () => `${(await seededTie()).path}/history`, heading: /^History of/ },
  "a person": { path: async () => "/people/xin-changxing", heading: /^Xin Changxing/ },
  "a person's history": { path: async () => "/people/xin-changxing/history", heading: /^History of Xin Changxing/ },
  "an organisation": { path: async () => "/organisations/jetro", heading: /JETRO|Japan External Trade/ },
  "an organisation's history": { path: async () => "/organisations/jetro/history", heading: /^History of/ },
  "an agreement": { path: async () => "/agreements/gyeonggi-jiangsu-sisterhood-agreement", heading: /Sisterhood Agreement/ },
  "an agreement's history": {
    path: async () => "/agreements/gyeonggi-jiangsu-sisterhood-agreement/history",
    heading: /^History of/,
  },
  "a delegation": { path: async () => "/delegations/jiangsu-delegation-japan-korea-2024", heading: /Jiangsu/ },
  "a delegation's history": { path: async () => "/delegations/jiangsu-delegation-japan-korea-2024/history", heading: /^History of/ },
  "an event": { path: async () => "/events/water-rhythm-jiangsu-seoul-2024", heading: /Water Rhythm/ },
  "an event's history": { path: async () => "/events/water-rhythm-jiangsu-seoul-2024/history", heading: /^History of/ },
  "a source with the claims it supports": { path: async () => `/sources/${(await seededSource()).id}`, heading: /\S/ },
  "the sign-in page": { path: async () => "/login", heading: "Sign in" },
  "an unknown address": { path: async () => `/no-such-page-${uniqueId()}`, heading: "Page not found" },
};

const ADMIN: Record<string, Visit> = {
  dashboard: { role: "EDITOR", path: async () => "/admin", heading: /^Welcome, / },
  "places list": { role: "EDITOR", path: async () => "/admin/places", heading: "Places" },
  "new place": { role: "EDITOR", path: async () => "/admin/places/new", heading: "New place" },
  "place edit": { role: "EDITOR", path: async () => `/admin/places/${(await seededPlace("jiangsu")).id}/edit`, heading: /^Edit Jiangsu/ },
  "place history": {
    role: "EDITOR",
    path: async () => `/admin/places/${(await seededPlace("jiangsu")).id}/history`,
    heading: /^History of Jiangsu/,
  },
  "people list": { role: "EDITOR", path: async () => "/admin/people", heading: "People" },
  "new person": { role: "EDITOR", path: async () => "/admin/people/new", heading: "New person" },
  "person edit": {
    role: "EDITOR",
    path: async () => `/admin/people/${(await db.person.findUniqueOrThrow({ where: { slug: "xin-changxing" } })).id}/edit`,
    heading: /^Edit Xin Changxing/,
  },
  "organisations list": { role: "EDITOR", path: async () => "/admin/organisations", heading: "Organisations" },
  "new organisation": { role: "EDITOR", path: async () => "/admin/organisations/new", heading: "New organisation" },
  "organisation edit": {
    role: "EDITOR",
    path: async () => `/admin/organisations/${(await db.organisation.findUniqueOrThrow({ where: { slug: "jetro" } })).id}/edit`,
    heading: /^Edit /,
  },
  "agreements list": { role: "EDITOR", path: async () => "/admin/agreements", heading: "Agreements" },
  "new agreement": { role: "EDITOR", path: async () => "/admin/agreements/new", heading: "New agreement" },
  "agreement edit": {
    role: "EDITOR",
    path: async () => {
      const agreement = await db.agreement.findUniqueOrThrow({ where: { slug: "gyeonggi-jiangsu-sisterhood-agreement" } });
      return `/admin/agreements/${agreement.id}/edit`;
    },
    heading: /^Edit Sisterhood Agreement/,
  },
  "new tie": { role: "EDITOR", path: async () => "/admin/ties/new", heading: "New tie" },
  "a tie's events": { role: "EDITOR", path: async () => `/admin/ties/${(await seededTie()).id}`, heading: /Jiangsu|Gyeonggi/ },
  "new tie event": { role: "EDITOR", path: async () => `/admin/ties/${(await seededTie()).id}/events/new`, heading: /\S/ },
  "tie event edit": {
    role: "EDITOR",
    path: async () => {
      const tie = await seededTie();
      return `/admin/ties/${tie.id}/events/${tie.events[0].id}/edit`;
    },
    heading: /\S/,
  },
  "sources list": { role: "EDITOR", path: async () => "/admin/sources", heading: "Sources" },
  "new source": { role: "EDITOR", path: async () => "/admin/sources/new", heading: "Register a source" },
  "the list imports": { role: "EDITOR", path: async () => "/admin/imports", heading: "Import the twin-cities list" },
  "source edit": { role: "EDITOR", path: async () => `/admin/sources/${(await seededSource()).id}/edit`, heading: /^Correct / },
  "my changes": {
    role: "EDITOR",
    path: async (me) => (await createPlaceChange({ author: me, content: placeContent() }), "/admin/changes"),
    heading: "My changes",
  },
  "one of my changes": {
    role: "EDITOR",
    path: async (me) => `/admin/changes/${(await createPlaceChange({ author: me, content: placeContent() })).id}`,
    heading: /^New place: /,
  },
  "a returned change's revise page": {
    role: "EDITOR",
    path: async (me) => `/admin/changes/${(await returnedChange(me)).id}/edit`,
    heading: /^Revise: New place: /,
  },
  "your account": { role: "EDITOR", path: async () => "/admin/account", heading: "Your account" },
  "review queue": {
    role: "REVIEWER",
    path: async () => (await createPlaceChange({ author: await createUser(), content: placeContent() }), "/admin/review"),
    heading: "Review queue",
  },
  "a change's review page": {
    role: "REVIEWER",
    path: async () => `/admin/review/${(await createPlaceChange({ author: await createUser(), content: placeContent() })).id}`,
    heading: /^New place: /,
  },
  "citation coverage": { role: "REVIEWER", path: async () => "/admin/coverage", heading: "Citation coverage" },
  "a disputed claim": { role: "REVIEWER", path: disputedClaim, heading: /Date signed/ },
  users: { role: "ADMIN", path: async () => "/admin/users", heading: "Users" },
  "audit log": { role: "ADMIN", path: async () => "/admin/audit", heading: "Audit log" },
  "a page the role may not open": { role: "EDITOR", path: async () => "/admin/users", heading: /^You cannot open this page/ },
};

for (const [name, visit] of Object.entries({ ...PUBLIC, ...ADMIN })) {
  test(`${visit.role ? `${visit.role.toLowerCase()}: ` : ""}${name} has no serious accessibility violation`, async ({ page, loginAs }) => {
    const me = visit.role ? await loginAs(visit.role) : { id: "" };
    await page.goto(await visit.path(me));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(visit.heading);
    await expectAccessible(page, name);
  });
}

// Keyboard users jump past the navigation to the page's own content.
test("the first stop of the keyboard skips to the content, and the admin menu marks the current page", async ({ page, loginAs }) => {
  await page.goto("/places");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();

  await loginAs("EDITOR");
  await page.goto("/admin/sources");
  const menu = page.getByRole("navigation", { name: "Editors" });
  await expect(menu.getByRole("link", { name: "Sources" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "Places" })).not.toHaveAttribute("aria-current");
});
