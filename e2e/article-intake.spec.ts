import { test, expect } from "./fixtures";
import { expectAccessible } from "./axe";
import { uniqueId } from "./factories";

// An invented report: the analysis knows no article, only patterns and the record's names.
function report(town: string) {
  return [
    `${town} and Gimhae Renew Their Friendship`,
    "",
    `On March 3, 2025, Mayor Hong Gil-dong of Gimhae, South Korea, led a delegation to ${town}, China, and met Party Secretary Zhou Lin.`,
    `${town} and Gimhae became sister cities in 2011.`,
  ].join("\n");
}

test("an editor reads an article and sees the places and people it names suggested beside it", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  const town = `Qiaoxi${uniqueId()
    .replace(/[^a-z]/gi, "")
    .slice(0, 4)} District`;

  await page.goto("/admin/intake");
  await expect(page.getByRole("heading", { name: "Read an article", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Article text").fill(report(town));
  await page.getByLabel("Article date").fill("2025-03-05");
  await page.getByRole("button", { name: "Read the article" }).click();

  const suggestions = page.getByRole("form", { name: "Suggestions" });
  await expect(suggestions.getByRole("region", { name: "Ties" })).toBeVisible();
  await expect(suggestions.getByRole("region", { name: "The article" })).toContainText(`${town} and Gimhae became sister cities in 2011.`);
  const places = suggestions.getByRole("region", { name: "Places" });
  await expect(places.getByRole("group", { name: town })).toBeVisible();
  await expect(places.getByRole("group", { name: "Gimhae" })).toBeVisible();
  const people = suggestions.getByRole("region", { name: "People" });
  await expect(people.getByRole("group", { name: "Hong Gil-dong" })).toBeVisible();
  await expect(people.getByRole("group", { name: "Zhou Lin" })).toBeVisible();
  await expectAccessible(page);
});
