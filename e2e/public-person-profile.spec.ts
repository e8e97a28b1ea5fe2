import { test, expect } from "./fixtures";
import { createCitation, createDelegation, createOrganisation, createPerson, createPlace, createSource } from "./factories";

async function personWithCareer() {
  const place = await createPlace({ country: "CN", level: "PROVINCE", names: [{ text: "测试省", lang: "zh-Hans" }] });
  const committee = await createOrganisation({ kind: "PARTY_COMMITTEE", country: "CN", placeId: place.id });
  const person = await createPerson({
    names: [
      { text: "测试人", lang: "zh-Hans" },
      { text: "Noboru Testperson", lang: "en", kind: "VARIANT" },
    ],
    positions: [{ title: "Party Secretary", placeId: place.id, organisationId: committee.id, startOn: "2023-01" }],
  });
  const delegation = await createDelegation({ leaderId: person.id, sendingPlaceId: place.id, startOn: "2024-06" });
  return { place, committee, person, delegation };
}

test("a visitor reads a person's names, positions and delegations, each with its source", async ({ page }) => {
  const { place, committee, person, delegation } = await personWithCareer();
  const source = await createSource();
  const variant = person.names.find((n) => n.kind === "VARIANT")!;
  const quote = `${variant.text} encouraged him`;
  await createCitation({ recordType: "NAME", recordId: variant.id, sourceId: source.id, quote });

  await page.goto(`/people/${person.slug}`);

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(person.name);
  await expect(heading.locator('[lang="zh-Hans"]')).toHaveText("测试人");
  await expect(page.getByText(variant.text, { exact: true })).toBeVisible();

  const positions = page.getByRole("region", { name: "Positions" });
  await expect(positions.getByText("Party Secretary")).toBeVisible();
  await expect(positions.getByRole("link", { name: committee.name })).toHaveAttribute("href", `/organisations/${committee.slug}`);
  await expect(positions.getByRole("link", { name: place.name })).toHaveAttribute("href", `/places/${place.slug}`);
  await expect(positions).toContainText("since January 2023");

  const delegations = page.getByRole("region", { name: "Delegations" });
  await expect(delegations.getByRole("link", { name: delegation.title })).toHaveAttribute("href", `/delegations/${delegation.slug}`);

  const mark = page.getByRole("link", { name: "Source 1", exact: true });
  await expect(mark).toHaveText("[1]");
  await expect(page.locator("#note-1")).toContainText(source.title);
  await expect(page.locator("#note-1 blockquote")).toHaveText(`“${quote}”`);
});

test("a place's delegation leader links to the person's page", async ({ page }) => {
  const { place, person } = await personWithCareer();

  await page.goto(`/places/${place.slug}`);
  await page.getByRole("region", { name: "Delegations" }).getByRole("link", { name: person.name }).click();

  await expect(page).toHaveURL(new RegExp(`/people/${person.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(person.name);
});

test("a person's history says plainly when no reviewed version is recorded", async ({ page }) => {
  const person = await createPerson();

  await page.goto(`/people/${person.slug}/history`);

  await expect(page.getByRole("heading", { name: `History of ${person.name}` })).toBeVisible();
  await expect(page.getByText("No reviewed versions are recorded yet")).toBeVisible();
  await expect(page.getByRole("link", { name: `← ${person.name}` })).toHaveAttribute("href", `/people/${person.slug}`);
});
