import { test, expect } from "./fixtures";
import { createPerson, createPlace, createSource, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";

// The Jiangsu article's case: a Party Secretary, and the variant spelling one programme used.
test("an editor enters a person with a variant and a dated position, cited; once approved the person is found by every name", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const id = uniqueId();
  const family = `Xin${id}`;
  const name = `${family} Changxing`;
  const province = await createPlace({ name: `Jiangsuland ${id}`, country: "CN", level: "PROVINCE" });
  const source = await createSource({
    title: `Jiangsu delegation ${id}`,
    snapshot: `${name}, Party Secretary of ${province.name} since 2021, led the delegation. The programme printed his name as Noboru Changxing${id}.`,
  });

  await loginAs("EDITOR");
  await page.goto("/admin/people/new");
  await page.getByLabel("Name in English", { exact: true }).fill(name);
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("信长星");
  await page.getByLabel("Language of name 1").selectOption({ label: "Chinese (simplified)" });
  await page.getByRole("button", { name: "Add a name" }).click();
  await page.getByRole("textbox", { name: "Name 2", exact: true }).fill(`Noboru Changxing${id}`);
  await page.getByLabel("Language of name 2").selectOption({ label: "English" });
  await page.getByLabel("Kind of name 2").selectOption({ label: "Variant used by a source" });
  const variantClaim = `the name “Noboru Changxing${id}”`;
  await pickRecord(page, `Source for ${variantClaim}`, source.title);
  await selectPassage(page, variantClaim, source.title, `Noboru Changxing${id}`);
  await pickRecord(page, "Source for the person", source.title);
  await selectPassage(page, "the person", source.title, `${name}, Party Secretary`);

  await page.getByRole("button", { name: "Add a position" }).click();
  await page.getByLabel("Title of position 1", { exact: true }).fill(`Party Secretary of ${province.name}`);
  await pickRecord(page, "Place of position 1", province.name);
  await page.getByLabel("From (position 1)", { exact: true }).fill("2021");
  await pickRecord(page, "Source for the title of position 1", source.title);
  await selectPassage(page, "the title of position 1", source.title, `Party Secretary of ${province.name}`);
  await pickRecord(page, "Source for the period of position 1", source.title);
  await selectPassage(page, "the period of position 1", source.title, "since 2021");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);

  // Another record of the same person: its merge picker finds them by any of their names.
  const duplicate = await createPerson({ name: `Duplicate ${id}` });
  await page.goto(`/admin/people/${duplicate.id}/edit`);
  const picker = page.getByRole("combobox", { name: "Same person as" });
  for (const query of [name, `Changxing ${family}`, `Noboru Changxing${id}`, "信长星", "信長星"]) {
    await picker.fill(query);
    await expect(page.getByRole("option", { name: new RegExp(name) }), query).toBeVisible();
  }

  await page.goto("/admin/people?q=" + encodeURIComponent(name));
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByText(`Noboru Changxing${id}`, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Positions" })).toContainText(`Party Secretary of ${province.name}`);
  const variantNote = page.locator("li[id^=note-]").filter({ hasText: `Noboru Changxing${id}` });
  await expect(variantNote.locator("blockquote")).toHaveText(`“Noboru Changxing${id}”`);
});
