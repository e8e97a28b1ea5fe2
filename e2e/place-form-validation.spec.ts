import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { countChangeRequests, createPlace } from "./factories";

type Entry = { name: string; latitude: string };

async function fillPlaceForm(page: Page, { name, latitude }: Entry) {
  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Country").selectOption({ label: "South Korea" });
  await page.getByLabel("Administrative level").selectOption({ label: "Special city (특별시)" });
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("검증시");
  await page.getByLabel("Language of name 1").selectOption({ label: "Korean" });
  await page.getByLabel("Latitude").fill(latitude);
  await page.getByLabel("Longitude").fill("126.98");
  await page.getByLabel("Summary").fill("Typed before the mistake, kept after it.");
}

async function expectEntryKept(page: Page, entry: Entry) {
  await expect(page.getByLabel("English name")).toHaveValue(entry.name);
  await expect(page.getByLabel("Latitude")).toHaveValue(entry.latitude);
  await expect(page.getByLabel("Country")).toHaveValue("KR");
  await expect(page.getByLabel("Administrative level")).toHaveValue("SPECIAL_CITY");
  await expect(page.getByRole("textbox", { name: "Name 1", exact: true })).toHaveValue("검증시");
  await expect(page.getByLabel("Language of name 1")).toHaveValue("ko");
  await expect(page.getByLabel("Longitude")).toHaveValue("126.98");
  await expect(page.getByLabel("Summary")).toHaveValue("Typed before the mistake, kept after it.");
}

const cases = [
  {
    title: "an empty English name",
    entry: { name: "", latitude: "37.57" },
    field: "English name",
    message: "Enter the place's English name",
  },
  {
    title: "a one-letter English name",
    entry: { name: "X", latitude: "37.57" },
    field: "English name",
    message: "Enter the place's English name",
  },
  {
    title: "a latitude that is not a number",
    entry: { name: "Checkville", latitude: "abc" },
    field: "Latitude",
    message: "Latitude must be a number",
  },
  {
    title: "a latitude beyond 90",
    entry: { name: "Checkville", latitude: "200" },
    field: "Latitude",
    message: "Latitude must be between -90 and 90",
  },
] as const;

for (const { title, entry, field, message } of cases) {
  test(`${title} is reported at its field, keeps the input and stores nothing`, async ({ page, loginAs }) => {
    const user = await loginAs("EDITOR");
    await page.goto("/admin/places/new");

    await fillPlaceForm(page, entry);
    await page.getByRole("button", { name: "Submit for review" }).click();

    const input = page.getByLabel(field, { exact: true });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(message);
    // Only this one message: Next's route announcer is an alert too, but an empty one.
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText([message]);
    await expect(page).toHaveURL("/admin/places/new");
    await expectEntryKept(page, entry);
    expect(await countChangeRequests(user.id)).toBe(0);
  });
}

// Imported lists name places in every country; their form shows the country and keeps it.
test("a place in a country outside the featured ones keeps its country in its form", async ({ page, loginAs }) => {
  const place = await createPlace({ country: "TR" });
  await loginAs("EDITOR");

  await page.goto(`/admin/places/${place.id}/edit`);

  await expect(page.getByLabel("Country")).toHaveValue("TR");
  await expect(page.getByLabel("Country").locator("option:checked")).toHaveText("Türkiye");
});
