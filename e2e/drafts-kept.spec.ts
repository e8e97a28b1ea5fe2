import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { createPlace, createSource, db, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { expectAccessible } from "./axe";

const RESTORED = /Restored from your draft of \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/;
const LEAVE_QUESTION = /^Leave this page\? What you typed is kept as a draft/;

// What the browser asks: `answers` says, in turn, whether to leave on each "Leave this page?"
// question; the reload's own "leave site?" prompt is always let through.
function answerLeaveQuestions(page: Page, answers: boolean[]) {
  const asked: string[] = [];
  page.on("dialog", async (dialog) => {
    if (dialog.type() === "beforeunload") return dialog.accept();
    asked.push(dialog.message());
    return answers.shift() ? dialog.accept() : dialog.dismiss();
  });
  return asked;
}

// Typing stops; a second later the draft is on the server.
const draftSaved = (page: Page) => expect(page.getByText(/^Draft saved \d{2}:\d{2}$/)).toBeVisible();

const draftsOf = (userId: string) => db.formDraft.findMany({ where: { userId }, select: { formKey: true } });

test("an editor types into a form, clicks a menu link, is asked and stays; reloading later finds the draft restored", async ({
  page,
  loginAs,
}) => {
  const editor = await loginAs("EDITOR");
  const name = `Draftville ${uniqueId()}`;
  const asked = answerLeaveQuestions(page, [false, true]);
  await page.goto("/admin/places/new");
  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Summary").fill("Half a sentence, not yet");

  const menu = page.getByRole("navigation", { name: "Editors" });
  await menu.getByRole("link", { name: "Places", exact: true }).click();
  expect(asked).toEqual([expect.stringMatching(LEAVE_QUESTION)]);
  await expect(page).toHaveURL("/admin/places/new");
  await expect(page.getByLabel("English name")).toHaveValue(name);
  await draftSaved(page);

  await page.reload();
  await expect(page.getByText(RESTORED)).toBeVisible();
  await expect(page.getByLabel("English name")).toHaveValue(name);
  await expect(page.getByLabel("Summary")).toHaveValue("Half a sentence, not yet");
  await expectAccessible(page);

  // Said yes, the link navigates; the draft stays for next time.
  await menu.getByRole("link", { name: "Places", exact: true }).click();
  expect(asked).toHaveLength(2);
  await expect(page).toHaveURL("/admin/places");
  expect(await draftsOf(editor.id)).toEqual([{ formKey: "/admin/places/new" }]);

  // "Discard draft" puts back the empty form and forgets the draft.
  await page.goto("/admin/places/new");
  await expect(page.getByLabel("English name")).toHaveValue(name);
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByLabel("English name")).toHaveValue("");
  await expect(page.getByText(RESTORED)).toHaveCount(0);
  await expect.poll(() => draftsOf(editor.id)).toEqual([]);
});

test("a delegation's repeating rows and picked stops, and a source being registered, come back after a reload", async ({
  page,
  loginAs,
}) => {
  await loginAs("EDITOR");
  answerLeaveQuestions(page, []);
  const id = uniqueId();
  const stop = await createPlace({ name: `Nara ${id}`, country: "JP", level: "PREFECTURE" });

  await page.goto("/admin/delegations/new");
  await page.getByLabel("Title", { exact: true }).fill(`Delegation to Nara ${id}`);
  await page.getByRole("button", { name: "Add a new person" }).click();
  await page.getByLabel("Name of new person 1", { exact: true }).fill("Xin Changxing");
  await page.getByRole("button", { name: "Add a stop" }).click();
  await pickRecord(page, "Stop 1", stop.name);
  await page.getByLabel("Stop 1 from", { exact: true }).fill("2024-06-19");
  await draftSaved(page);

  await page.reload();
  await expect(page.getByText(RESTORED)).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`Delegation to Nara ${id}`);
  await expect(page.getByLabel("Name of new person 1", { exact: true })).toHaveValue("Xin Changxing");
  await expect(page.getByRole("combobox", { name: "Stop 1", exact: true })).toHaveValue(stop.name);
  await expect(page.getByLabel("Stop 1 from", { exact: true })).toHaveValue("2024-06-19");

  await page.goto("/admin/sources/new");
  await page.getByLabel("Address (URL)").fill(`https://news-${id}.example/pact`);
  await page.getByLabel("Title").fill(`A pact half copied ${id}`);
  await page.getByLabel("Text as you read it").fill("The two cities signed");
  await draftSaved(page);

  await page.reload();
  await expect(page.getByText(RESTORED)).toBeVisible();
  await expect(page.getByLabel("Address (URL)")).toHaveValue(`https://news-${id}.example/pact`);
  await expect(page.getByLabel("Text as you read it")).toHaveValue("The two cities signed");
});

test("submitting the form for review removes its draft", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  answerLeaveQuestions(page, []);
  const name = `Submittedville ${uniqueId()}`;
  await page.goto("/admin/places/new");
  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Country").selectOption({ label: "Japan" });
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("提出町");
  await page.getByLabel("Language of name 1").selectOption({ label: "Japanese" });
  await draftSaved(page);
  expect(await draftsOf(editor.id)).toHaveLength(1);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  await expect.poll(() => draftsOf(editor.id)).toEqual([]);

  await page.goto("/admin/places/new");
  await expect(page.getByLabel("English name")).toHaveValue("");
  await expect(page.getByText(RESTORED)).toHaveCount(0);
});

test("a refused submission keeps the draft", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  answerLeaveQuestions(page, []);
  await page.goto("/admin/places/new");
  await page.getByLabel("Summary").fill("No name yet");
  await draftSaved(page);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByLabel("English name")).toHaveAttribute("aria-invalid", "true");
  expect(await draftsOf(editor.id)).toEqual([{ formKey: "/admin/places/new" }]);
});

test("another editor does not see my draft of the same form", async ({ page, loginAs, loginInNewContext }) => {
  await loginAs("EDITOR");
  answerLeaveQuestions(page, []);
  const name = `Mineville ${uniqueId()}`;
  await page.goto("/admin/places/new");
  await page.getByLabel("English name").fill(name);
  await draftSaved(page);

  const other = await loginInNewContext("EDITOR");
  await other.page.goto("/admin/places/new");
  await expect(other.page.getByRole("heading", { name: "New place" })).toBeVisible();
  await expect(other.page.getByLabel("English name")).toHaveValue("");
  await expect(other.page.getByText(RESTORED)).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel("English name")).toHaveValue(name);
});

test("a citation being written on a place's page comes back after a reload, with its source and the source's text", async ({
  page,
  loginAs,
}) => {
  await loginAs("EDITOR");
  const place = await createPlace({ name: `Citeville ${uniqueId()}`, country: "KR" });
  const source = await createSource({
    title: `Citing report ${uniqueId()}`,
    snapshot: `${place.name} signed a friendship agreement with Draftburg.`,
  });
  await page.goto(`/admin/places/${place.id}/edit`);
  const citation = page.getByRole("form", { name: "Cite a source" });
  await pickRecord(citation, "Source", source.title);
  await citation.getByLabel("Quote").fill("signed a friendship agreement");
  await draftSaved(page);

  await page.reload();
  await expect(citation.getByLabel("Quote")).toHaveValue("signed a friendship agreement");
  await expect(citation.getByRole("combobox", { name: "Source", exact: true })).toHaveValue(source.title);
  await expect(citation.getByTestId("source-text")).toContainText(`${place.name} signed a friendship agreement`);
  await expectAccessible(page);
});
