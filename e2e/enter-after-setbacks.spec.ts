import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { createOrganisation, createPlace, createSource, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { expectAccessible } from "./axe";

const RESTORED = /Restored from your draft of/;

// Typing stops; a second later the draft holding `text` is on the server.
function draftSaved(page: Page, text: string) {
  return page.waitForResponse(
    (response) => response.url().endsWith("/admin/api/form-drafts") && response.ok() && !!response.request().postData()?.includes(text),
  );
}

// React's complaints a user never sees, but which mean rows may swap their contents.
function collectReactWarnings(page: Page) {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /unique "key"/.test(message.text())) warnings.push(message.text());
  });
  return warnings;
}

test("an agreement's restored draft shows its fields of cooperation and names its parties; rows added after it keep their records", async ({
  page,
  loginAs,
}) => {
  await loginAs("EDITOR");
  page.on("dialog", (dialog) => dialog.accept());
  const warnings = collectReactWarnings(page);
  const id = uniqueId();
  const [gyeonggi, liaoning, jiangsu] = await Promise.all(
    ["Gyeongtest", "Liaotest", "Jiangtest"].map((name) => createPlace({ name: `${name} ${id}`, country: "CN", level: "PROVINCE" })),
  );

  await page.goto("/admin/agreements/new");
  await pickRecord(page, "Party 1", gyeonggi.name);
  await pickRecord(page, "Party 2", liaoning.name);
  const saved = draftSaved(page, "healthcare");
  await page.getByLabel("Fields of cooperation").fill("economy and trade\nhealthcare");
  await saved;

  await page.reload();
  await expect(page.getByText(RESTORED)).toBeVisible();
  await expect(page.getByLabel("Fields of cooperation")).toHaveValue("economy and trade\nhealthcare");
  await expect(
    page.getByLabel(`This agreement establishes or changes the tie between ${gyeonggi.name} and ${liaoning.name}`),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Add a party" }).click();
  await pickRecord(page, "Party 3", jiangsu.name);
  await page.getByRole("button", { name: "Remove party 1" }).click();
  await expect(page.getByRole("combobox", { name: "Party 1", exact: true })).toHaveValue(liaoning.name);
  await expect(page.getByRole("combobox", { name: "Party 2", exact: true })).toHaveValue(jiangsu.name);
  expect(warnings).toEqual([]);

  // Discarding the draft empties the list typed a line at a time as well.
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByLabel("Fields of cooperation")).toHaveValue("");
});

test("a figure's restored draft shows the kind of record it is about, the record and the number", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  page.on("dialog", (dialog) => dialog.accept());
  const agency = await createOrganisation({ name: `Trade agency ${uniqueId()}`, country: "JP" });

  await page.goto("/admin/figures/new");
  // A choice made before the form has hydrated is not seen by it: choose until it shows the picker.
  await expect(async () => {
    await page.getByLabel("Kind of record").selectOption({ label: "Organisation" });
    await expect(page.getByRole("combobox", { name: "Organisation", exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await pickRecord(page, "Organisation", agency.name);
  await page.getByLabel("What is counted").fill("member companies");
  const saved = draftSaved(page, "6500");
  await page.getByLabel("Value", { exact: true }).fill("6,500");
  await saved;

  await page.reload();
  await expect(page.getByText(RESTORED)).toBeVisible();
  await expect(page.getByLabel("Kind of record")).toHaveValue("organisationId");
  await expect(page.getByRole("combobox", { name: "Organisation", exact: true })).toHaveValue(agency.name);
  await expect(page.getByLabel("Value", { exact: true })).toHaveValue("6500");
});

test("when the server fails on submitting, the form says so and keeps what was typed", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  page.on("dialog", (dialog) => dialog.accept());
  const name = `Failville ${uniqueId()}`;

  await page.goto("/admin/places/new");
  await page.getByLabel("English name").fill(name);
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("失败市");
  await page.route("/admin/places/new", (route) =>
    route.request().method() === "POST" ? route.fulfill({ status: 500, body: "Internal Server Error" }) : route.continue(),
  );
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
    /could not be saved: the server failed or could not be reached/,
  );
  await expect(page.getByLabel("English name")).toHaveValue(name);
  await expect(page.getByRole("button", { name: "Submit for review" })).toBeEnabled();

  // Once the server answers again, the same button sends it.
  await page.unroute("/admin/places/new");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
});

test("a name in another script than its language, and a day the calendar lacks, are each pointed out at their field", async ({
  page,
  loginAs,
}) => {
  await loginAs("EDITOR");
  page.on("dialog", (dialog) => dialog.accept());

  await page.goto("/admin/places/new");
  const name = page.getByRole("textbox", { name: "Name 1", exact: true });
  await name.fill("경주");
  await expect(name).toHaveAccessibleDescription(/Written in Hangul: is this Korean rather than Chinese \(simplified\)\?/);
  await page.getByLabel("Language of name 1").selectOption({ label: "Korean" });
  await expect(page.getByText(/^Written in Hangul/)).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/admin/agreements/new");
  await page.getByLabel("Date signed", { exact: true }).fill("2024-02-30");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByLabel("Date signed", { exact: true })).toHaveAccessibleDescription(/There is no 30 February 2024/);
  await expect(page.getByLabel("Date signed", { exact: true })).toHaveValue("2024-02-30");
});

test("when the server fails on a citation or a removal, the form says so and keeps what was typed", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  const place = await createPlace({ country: "KR", level: "CITY" });
  const passage = `${place.name} became a city in 1995`;
  const source = await createSource({
    title: `Gazette ${uniqueId()}`,
    snapshot: `A short history. ${passage}, when the province reorganised.`,
  });
  await page.goto(`/admin/places/${place.id}/edit`);
  await page.route(`/admin/places/${place.id}/edit`, (route) =>
    route.request().method() === "POST" ? route.abort("connectionreset") : route.continue(),
  );

  const citation = page.getByRole("form", { name: "Cite a source" });
  await citation.getByLabel("Claim", { exact: true }).selectOption({ label: "That the place exists" });
  await pickRecord(citation, "Source", source.title);
  await citation.getByLabel("Quote", { exact: true }).fill(passage);
  await citation.getByRole("button", { name: "Propose citation" }).click();
  await expect(citation.getByRole("alert")).toHaveText(/could not be saved: the server failed or could not be reached/);
  await expect(citation.getByLabel("Quote", { exact: true })).toHaveValue(passage);

  const removal = page.getByRole("form", { name: `Propose removing ${place.name}` });
  await removal.getByLabel("Reason for removal").fill("Entered twice");
  await removal.getByRole("button", { name: "Propose removal" }).click();
  await expect(removal.getByRole("alert")).toHaveText(/could not be saved/);
  await expect(removal.getByLabel("Reason for removal")).toHaveValue("Entered twice");
});
