import { test, expect } from "./fixtures";
import { createOrganisation, createPlace, createSource, db, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";
import { expectAccessible } from "./axe";
import type { Page } from "@playwright/test";

async function approve(review: Page, changeId: string) {
  await review.goto(`/admin/review/${changeId}`);
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);
}

const submittedChange = (page: Page) => new URL(page.url()).searchParams.get("submitted")!;

test("an editor enters an event in two places by two organisers, cited; once approved it is public, and so is a figure about it", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  // Two forms, two approvals and the accessibility checks: over 20 s beside another test.
  test.slow();
  const suffix = uniqueId();
  const seoul = await createPlace({ name: `Seoulton ${suffix}`, country: "KR" });
  const busan = await createPlace({ name: `Busanton ${suffix}`, country: "KR" });
  const office = await createOrganisation({ name: `Culture Office ${suffix}`, country: "CN" });
  const tourism = await createOrganisation({ name: `Tourism Board ${suffix}`, country: "KR" });
  const name = `Water Rhythm promotion ${suffix}`;
  const source = await createSource({
    title: `Culture news ${suffix}`,
    snapshot:
      `On June 14 the "${name}" was held in ${seoul.name} and ${busan.name}, organised by ${office.name} and ${tourism.name}. ` +
      "About 300 visitors came on the first day.",
  });

  await loginAs("EDITOR");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: "Events" }).click();
  await page.getByRole("link", { name: "New event" }).click();
  await expect(page).toHaveURL("/admin/events/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Kind of event").selectOption({ label: "Promotion" });
  await page.getByLabel("Start date").fill("2024-06-14");
  await pickRecord(page, "Place 1", seoul.name);
  await page.getByRole("button", { name: "Add a place" }).click();
  await pickRecord(page, "Place 2", busan.name);
  await page.getByRole("button", { name: "Add an organiser" }).click();
  await pickRecord(page, "Organiser 1", office.name);
  await page.getByRole("button", { name: "Add an organiser" }).click();
  await pickRecord(page, "Organiser 2", tourism.name);
  for (const [claim, passage] of [
    ["the event", `the "${name}" was held`],
    ["the date", "On June 14"],
    ["the places", `held in ${seoul.name} and ${busan.name}`],
    ["the organisers", `organised by ${office.name} and ${tourism.name}`],
  ]) {
    await pickRecord(page, `Source for ${claim}`, source.title);
    await selectPassage(page, claim, source.title, passage);
  }
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);

  const { page: review } = await loginInNewContext("REVIEWER");
  await approve(review, submittedChange(page));

  const event = await db.event.findFirstOrThrow({ where: { name }, include: { places: true, organisers: true } });
  expect(event).toMatchObject({ kind: "PROMOTION", startOn: "2024-06-14" });
  expect(event.places.sort((a, b) => a.sequence - b.sequence).map((p) => p.placeId)).toEqual([seoul.id, busan.id]);
  expect(event.organisers.sort((a, b) => a.sequence - b.sequence).map((o) => o.organisationId)).toEqual([office.id, tourism.id]);

  await page.goto(`/events/${event.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  const places = page.getByRole("definition").filter({ has: page.getByRole("link", { name: seoul.name }) });
  await expect(places.getByRole("link", { name: busan.name })).toHaveAttribute("href", `/places/${busan.slug}`);
  await expect(places.getByRole("link", { name: /^Source \d+$/ })).toHaveCount(1);
  const organisers = page.getByRole("definition").filter({ has: page.getByRole("link", { name: office.name }) });
  await expect(organisers.getByRole("link", { name: tourism.name })).toHaveAttribute("href", `/organisations/${tourism.slug}`);
  await expect(organisers.getByRole("link", { name: /^Source \d+$/ })).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Footnotes" }).getByRole("listitem")).toHaveCount(4);
  await expectAccessible(page);

  // A figure about the event, added from its edit page.
  // The list is every event A–Z, fifty a page: the editor finds theirs by name.
  await page.goto("/admin/events");
  await page.getByLabel("Name or place").fill(name);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("heading", { name: `Found for “${name}”` })).toBeVisible();
  await page.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(name);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add a figure" }).click();
  await expect(page.getByRole("combobox", { name: "Event", exact: true })).toHaveValue(name);
  await page.getByLabel("What is counted").fill("Visitors on the first day");
  await page.getByLabel("How exact").selectOption({ label: "about" });
  await page.getByLabel("Value", { exact: true }).fill("300");
  await page.getByLabel("Unit", { exact: true }).fill("visitors");
  await page.getByLabel("As of").fill("2024-06-14");
  await pickRecord(page, "Source for the value", source.title);
  await selectPassage(page, "the value", source.title, "About 300 visitors");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  await approve(review, submittedChange(page));

  await page.goto(`/events/${event.slug}`);
  const figures = page.getByRole("region", { name: "Figures" });
  await expect(figures.getByRole("listitem")).toContainText("Visitors on the first day: about 300 visitors");
  await expect(figures.getByRole("listitem")).toContainText("as of 14 June 2024");
  await expect(figures.getByRole("link", { name: /^Source \d+$/ })).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Footnotes" })).toContainText("states 300");
});

test("a returned event and a returned figure about it open in their forms and go back to review", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const place = await createPlace({ name: `Festville ${uniqueId()}`, country: "KR" });
  const event = { name: `Lantern festival ${uniqueId()}`, kind: "FESTIVAL", startOn: "2024", endOn: "", isRecurring: true };
  const eventPayload = { ...event, places: [place.id], organisers: [], delegationId: null, summary: "" };
  const figurePayload = { label: "Lanterns", value: 1000, qualifier: "MORE_THAN", unit: "", asOf: "2024", placeId: place.id };
  const nobody = { organisationId: null, tieId: null, eventId: null, delegationId: null };
  for (const [recordType, payload, field] of [
    ["EVENT", eventPayload, "Summary"],
    ["FIGURE", { ...figurePayload, ...nobody }, "Unit"],
  ] as const) {
    const change = await db.changeRequest.create({
      data: {
        title: `Returned ${recordType.toLowerCase()}`,
        authorId: editor.id,
        status: "RETURNED",
        submittedAt: new Date(),
        decidedAt: new Date(),
        items: { create: [{ recordType, operation: "CREATE", ref: recordType.toLowerCase(), payload, sequence: 0, status: "RETURNED" }] },
      },
    });
    await page.goto(`/admin/changes/${change.id}`);
    await page.getByRole("link", { name: "Revise and resubmit" }).click();
    await expect(page).toHaveURL(`/admin/changes/${change.id}/edit`);
    await expect(
      page.getByRole("combobox", { name: "Place 1" }).or(page.getByRole("combobox", { name: "Place", exact: true })),
    ).toHaveValue(place.name);
    await page.getByRole("textbox", { name: field }).fill(recordType === "EVENT" ? "Held every spring." : "lanterns");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page).toHaveURL(`/admin/changes?submitted=${change.id}`);
    const [item] = await db.changeItem.findMany({ where: { changeRequestId: change.id, status: "PENDING" } });
    expect(item.payload).toEqual(
      recordType === "EVENT" ? { ...eventPayload, summary: "Held every spring." } : { ...figurePayload, ...nobody, unit: "lanterns" },
    );
  }
});
