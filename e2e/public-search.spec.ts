import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createDelegation, createOrganisation, createPerson, HANGUL, KANA, randomOf, uniqueId } from "./factories";
import { expectAccessible } from "./axe";

async function search(page: Page, query: string) {
  const form = page.getByRole("form", { name: "Search the record" });
  await form.getByLabel("A name or a title, in any script").fill(query);
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(query)}`);
}

test("a visitor finds a person by a Korean name, an organisation by a Japanese one and a delegation by its title", async ({ page }) => {
  const hangul = randomOf(HANGUL, 3);
  const kana = `${randomOf(KANA, 5)}協会`;
  const person = await createPerson({ name: `Searchtest Person ${uniqueId()}`, names: [{ text: hangul, lang: "ko" }] });
  const organisation = await createOrganisation({
    name: `Searchtest Association ${uniqueId()}`,
    country: "JP",
    names: [{ text: kana, lang: "ja" }],
  });
  const visit = await createDelegation({ title: `Searchtest delegation ${uniqueId()}`, startOn: "2025-05-12" });

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");

  await search(page, hangul);
  const people = page.getByRole("region", { name: "People" });
  await expect(people.getByRole("listitem").filter({ hasText: person.name })).toContainText(hangul);
  await expectAccessible(page);
  await people.getByRole("link", { name: person.name, exact: true }).click();
  await expect(page).toHaveURL(`/people/${person.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(person.name);

  await page.goto("/search");
  await search(page, kana.slice(0, 4));
  await expect(
    page.getByRole("region", { name: "Organisations" }).getByRole("link", { name: organisation.name, exact: true }),
  ).toHaveAttribute("href", `/organisations/${organisation.slug}`);

  await search(page, visit.title.split(" ").pop()!);
  const delegations = page.getByRole("region", { name: "Delegations" });
  await expect(delegations.getByRole("listitem").filter({ hasText: visit.title })).toContainText("12 May 2025");
  await expect(delegations.getByRole("link", { name: visit.title, exact: true })).toHaveAttribute("href", `/delegations/${visit.slug}`);
});

test("a search that finds nothing says so and keeps what was typed", async ({ page }) => {
  const query = `Nowhere${uniqueId()}`;
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByText(`Nothing recorded is named “${query}”.`)).toBeVisible();
  await expect(page.getByLabel("A name or a title, in any script")).toHaveValue(query);
});

test("a search a letter off finds nothing by that name, and offers the near spelling", async ({ page }) => {
  const letters = randomOf("bcdfghjklmnpqrstvwxz", 5);
  const person = await createPerson({ name: `Zorvath ${letters}` });
  await page.goto(`/search?q=${encodeURIComponent(`Zorvat ${letters}`)}`);
  await expect(page.getByText(`Nothing recorded is named “Zorvat ${letters}”.`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Near spellings" }).getByRole("link", { name: person.name, exact: true })).toHaveAttribute(
    "href",
    `/people/${person.slug}`,
  );
  await expectAccessible(page);
});
