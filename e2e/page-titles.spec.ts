import { test, expect } from "./fixtures";
import {
  createOrganisation,
  createPerson,
  createPlace,
  createPlaceChange,
  createReviewedPlace,
  createUser,
  placeContent,
} from "./factories";

// A tab, a bookmark or the browser's history names the record a page is about and what is
// done to it there (app/layout.tsx adds " · Amity").
test("an admin page about one record is titled with the action and the record", async ({ page, loginAs }) => {
  await loginAs("REVIEWER");
  const place = await createReviewedPlace([placeContent({ name: `Suwon ${Date.now()}` })]);
  const author = await createUser({ role: "EDITOR" });
  const change = await createPlaceChange({ author, content: placeContent({ name: `Hwaseong ${Date.now()}` }) });

  await page.goto(`/admin/places/${place.id}/edit`);
  await expect(page).toHaveTitle(`Edit place: ${place.name} · Amity`);
  await page.goto(`/admin/places/${place.id}/history`);
  await expect(page).toHaveTitle(`History of ${place.name} · Amity`);
  await page.goto(`/admin/changes/${change.id}`);
  await expect(page).toHaveTitle(`Change: ${change.title} · Amity`);
  await page.goto(`/admin/review/${change.id}`);
  await expect(page).toHaveTitle(`Review: ${change.title} · Amity`);
});

test("the home page and the not-found page have titles of their own", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Amity: local diplomacy between China, Japan and Korea");
  await page.goto("/no-such-page");
  await expect(page).toHaveTitle("Page not found · Amity");
});

test("a change's title is not given away, in the page title either, to an editor who may not see it", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  const author = await createUser({ role: "EDITOR" });
  const change = await createPlaceChange({ author, content: placeContent({ name: `Private draft ${Date.now()}` }) });

  await page.goto(`/admin/changes/${change.id}`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expect(await page.title()).not.toContain(change.title);
});

test("a public history page is titled with the record it is the history of", async ({ page }) => {
  const place = await createPlace({ name: `Hwaseong ${Date.now()}` });
  const person = await createPerson({ name: `Kim Historian ${Date.now()}` });
  const organisation = await createOrganisation({ name: `Suwon Office ${Date.now()}` });

  await page.goto(`/places/${place.slug}/history`);
  await expect(page).toHaveTitle(`History of ${place.name} · Amity`);
  await page.goto(`/people/${person.slug}/history`);
  await expect(page).toHaveTitle(`History of ${person.name} · Amity`);
  await page.goto(`/organisations/${organisation.slug}/history`);
  await expect(page).toHaveTitle(`History of ${organisation.name} · Amity`);
});
