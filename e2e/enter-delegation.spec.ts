import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { createPlace, createSource, db, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";
import { expectAccessible } from "./axe";

// The shared article (/work/shared/sources), registered as a source by the demo data, as
// are the places the visit went to. The people it names are entered as the article gives
// them, new, as on a record that has none of them yet.
const ARTICLE = "Jiangsu delegation's trip to Japan and South Korea is intensive and fruitful";
const PASSAGES = {
  xin: "Mr. Xin Changxing, Secretary of Jiangsu Provincial Party Committee, led a delegation",
  han: "Korean Prime Minister Han Deok-soo",
  sending: "a delegation from Jiangsu Province to Japan and South Korea",
  dates: "From June 19 to 20",
  stops: "The first stop of the delegation's visit to Japan was Nara Prefecture",
  meeting: "Korean Prime Minister Han Deok-soo met with Provincial Party Secretary Xin Changxing and his delegation",
  signed: "June 19, Jiangsu and Gyeonggi Province formally signed",
  kind: "friendship agreement",
};

async function cite(page: Page, claim: string, passage: string) {
  await pickRecord(page, `Source for ${claim}`, "intensive and fruitful", ARTICLE);
  await selectPassage(page, claim, ARTICLE, passage);
}

async function addNewPerson(page: Page, n: number, name: string, native?: { name: string; script: string }) {
  await page.getByRole("button", { name: "Add a new person" }).click();
  await expect(page.getByLabel(`Name of new person ${n}`, { exact: true })).toBeFocused();
  await page.getByLabel(`Name of new person ${n}`, { exact: true }).fill(name);
  if (native) {
    await page.getByLabel(`Native name of new person ${n}`, { exact: true }).fill(native.name);
    await page.getByLabel(`Script of new person ${n}'s native name`, { exact: true }).selectOption({ label: native.script });
  }
}

async function addStop(page: Page, n: number, place: string, from = "", until = "") {
  await page.getByRole("button", { name: "Add a stop" }).click();
  await pickRecord(page, `Stop ${n}`, place);
  if (from) await page.getByLabel(`Stop ${n} from`, { exact: true }).fill(from);
  if (until) await page.getByLabel(`Stop ${n} until`, { exact: true }).fill(until);
}

async function approve(page: Page, changeId: string) {
  await page.goto(`/admin/review/${changeId}`);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page).toHaveURL(`/admin/review?decided=${changeId}`);
}

const submittedChange = async (page: Page) => {
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  return new URL(page.url()).searchParams.get("submitted")!;
};

test("an editor enters the Jiangsu delegation's visit from the article, then the agreement signed during it; once approved, the visit's page shows its itinerary and meetings with footnotes, and Jiangsu's and Gyeonggi's pages link it", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  test.setTimeout(120_000);
  const title = `Jiangsu delegation to Japan and South Korea ${uniqueId()}`;
  await loginAs("EDITOR");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: "Delegations" }).click();
  await expect(page).toHaveURL("/admin/delegations");
  await expectAccessible(page);
  await page.getByRole("link", { name: "New delegation" }).click();
  await expect(page).toHaveURL("/admin/delegations/new");

  await page.getByLabel("Title", { exact: true }).fill(title);
  await addNewPerson(page, 1, "Xin Changxing");
  await cite(page, "new person 1", PASSAGES.xin);
  await addNewPerson(page, 2, "Han Deok-soo", { name: "한덕수", script: "Korean" });
  await cite(page, "new person 2", PASSAGES.han);

  await page.getByLabel("New person as leader", { exact: true }).selectOption({ label: "Xin Changxing" });
  await expect(page.getByRole("combobox", { name: "Leader", exact: true })).toHaveValue("Xin Changxing");
  await page.getByLabel("Leader's title as the source gives it", { exact: true }).fill("Secretary of Jiangsu Provincial Party Committee");
  await cite(page, "the leader", PASSAGES.xin);
  await pickRecord(page, "Sending place", "Jiangsu Province");
  await cite(page, "the sending place or organisation", PASSAGES.sending);
  await page.getByLabel("From", { exact: true }).fill("2024-06");
  await page.getByLabel("Until", { exact: true }).fill("2024-06-20");
  await cite(page, "the dates", PASSAGES.dates);

  // Entered as they come to mind, then put in the article's order.
  await addStop(page, 1, "Nara Prefecture", "2024-06");
  await addStop(page, 2, "Fukuoka Prefecture", "2024-06");
  await addStop(page, 3, "Kyoto Prefecture", "2024-06");
  await page.getByRole("button", { name: "Move stop 3 up" }).click();
  await expect(page.getByRole("combobox", { name: "Stop 2", exact: true })).toHaveValue("Kyoto Prefecture");
  await expect(page.getByRole("button", { name: "Move stop 2 up" })).toBeFocused();
  await addStop(page, 4, "Gyeonggi Province", "2024-06-19", "2024-06-20");
  await addStop(page, 5, "Seoul", "2024-06-19", "2024-06-20");
  await expect(page.getByLabel("The sources list the stops in this order", { exact: true })).toBeChecked();
  await cite(page, "the stops", PASSAGES.stops);

  await page.getByRole("button", { name: "Add a meeting" }).click();
  await page.getByLabel("New person met in meeting 1", { exact: true }).selectOption({ label: "Han Deok-soo" });
  await page.getByLabel("Their title in meeting 1", { exact: true }).fill("Prime Minister");
  await pickRecord(page, "Where meeting 1 took place", "Seoul");
  await page.getByLabel("Date of meeting 1", { exact: true }).fill("2024-06");
  await cite(page, "the meetings", PASSAGES.meeting);
  await expectAccessible(page);
  const visitChange = await submittedChange(page);

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${visitChange}`);
  const item = review.getByRole("region", { name: `New delegation ${title}` });
  await expect(item.getByRole("row", { name: "Leader", exact: true }).getByRole("cell").nth(1)).toHaveText(
    "Xin Changxing (new in this change)",
  );
  await expect(item.getByRole("row", { name: "Itinerary", exact: true })).toContainText("Kyoto Prefecture · June 2024");
  await expect(item.getByRole("list", { name: "Key claims" })).toContainText("Sending place");
  await approve(review, visitChange);

  const delegation = await db.delegation.findFirstOrThrow({
    where: { title },
    include: { leader: true, meetings: { include: { person: true } } },
  });
  expect(delegation.leader?.name).toBe("Xin Changxing");
  expect(delegation.meetings.map((m) => [m.person?.name, m.counterpartTitle])).toEqual([["Han Deok-soo", "Prime Minister"]]);

  await page.goto("/admin/agreements/new");
  await page.getByLabel("Kind of agreement", { exact: true }).selectOption({ label: "Friendship agreement" });
  await page.getByLabel("Date signed", { exact: true }).fill("2024-06-19");
  await pickRecord(page, "Party 1", "Jiangsu Province");
  await pickRecord(page, "Party 2", "Gyeonggi Province");
  await pickRecord(page, "Signed during the visit", title);
  for (const [claim, passage] of [
    ["the kind of agreement", PASSAGES.kind],
    ["the date signed", PASSAGES.signed],
    ["the parties", PASSAGES.signed],
  ]) {
    await cite(page, claim, passage);
  }
  const agreementChange = await submittedChange(page);
  await approve(review, agreementChange);

  await page.goto(`/delegations/${delegation.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const itinerary = page.getByRole("list", { name: "Itinerary in order" });
  await expect(itinerary.getByRole("listitem")).toHaveText([
    "Nara Prefecture, June 2024",
    "Kyoto Prefecture, June 2024",
    "Fukuoka Prefecture, June 2024",
    "Gyeonggi Province, 19 June 2024 – 20 June 2024",
    "Seoul, 19 June 2024 – 20 June 2024",
  ]);
  const footnotes = page.getByRole("list", { name: "Footnotes" });
  for (const heading of ["Itinerary", "Meetings"]) {
    const mark = page.getByRole("heading", { name: new RegExp(`^${heading}`), level: 2 }).getByRole("link", { name: /^Source \d+$/ });
    const number = (await mark.getAttribute("href"))!.replace("#note-", "");
    await expect(page.locator(`[id="note-${number}"]`)).toContainText(heading === "Itinerary" ? PASSAGES.stops : PASSAGES.meeting);
  }
  await expect(footnotes).toBeVisible();
  await expect(page.getByRole("region", { name: "Meetings" })).toContainText("Han Deok-soo, Prime Minister");
  await expect(page.getByRole("region", { name: "Agreements signed" })).toContainText("Friendship agreement");
  await expectAccessible(page);

  for (const place of ["jiangsu", "gyeonggi"]) {
    await page.goto(`/places/${place}`);
    await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", `/delegations/${delegation.slug}`);
  }
});

test("a returned delegation change opens in its form, with its new person and passages, and is resubmitted", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const suffix = uniqueId();
  const sender = await createPlace({ name: `Sendville ${suffix}`, country: "CN", level: "PROVINCE" });
  const source = await createSource({
    title: `Visit report ${suffix}`,
    snapshot: `Governor Testleader ${suffix} of Sendville led a delegation abroad in May 2025.`,
  });
  const title = `Sendville delegation ${suffix}`;
  const claim = async (name: string, passage: string) => {
    await pickRecord(page, `Source for ${name}`, source.title);
    await selectPassage(page, name, source.title, passage);
  };
  await loginAs("EDITOR");
  await page.goto("/admin/delegations/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await addNewPerson(page, 1, `Testleader ${suffix}`);
  await claim("new person 1", `Governor Testleader ${suffix}`);
  await page.getByLabel("New person as leader", { exact: true }).selectOption({ label: `Testleader ${suffix}` });
  await claim("the leader", "led a delegation");
  await pickRecord(page, "Sending place", sender.name);
  await claim("the sending place or organisation", "of Sendville");
  await page.getByLabel("From", { exact: true }).fill("2025-05");
  await claim("the dates", "in May 2025");
  const changeId = await submittedChange(page);

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  await review.getByRole("textbox", { name: "Comment to the author" }).fill("Say where they went.");
  await review.getByRole("button", { name: "Return to author" }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);

  await page.goto(`/admin/changes/${changeId}`);
  await page.getByRole("link", { name: "Revise and resubmit" }).click();
  await expect(page.getByLabel("Name of new person 1", { exact: true })).toHaveValue(`Testleader ${suffix}`);
  await expect(page.getByRole("combobox", { name: "Leader", exact: true })).toHaveValue(`Testleader ${suffix}`);
  await expect(page.getByLabel("Passage supporting the dates", { exact: true })).toHaveValue("in May 2025");
  await expectAccessible(page);
  // The revise page shows the change's diff too, whose rows are labelled by field.
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`${title}, revised`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);

  await approve(review, changeId);
  const delegation = await db.delegation.findFirstOrThrow({ where: { title: `${title}, revised` }, include: { leader: true } });
  expect([delegation.leader?.name, delegation.sendingPlaceId, delegation.startOn]).toEqual([`Testleader ${suffix}`, sender.id, "2025-05"]);
});

test("the demo data's Jiangsu delegation opens in the edit form as recorded, and saved untouched is refused as no change", async ({
  page,
  loginAs,
}) => {
  const seeded = await db.delegation.findUniqueOrThrow({ where: { slug: "jiangsu-delegation-japan-korea-2024" } });
  await loginAs("EDITOR");
  await page.goto(`/admin/delegations/${seeded.id}/edit`);
  await expect(page.getByRole("combobox", { name: "Leader", exact: true })).toHaveValue("Xin Changxing");
  await expect(page.getByRole("combobox", { name: "Leader's position held then" })).toHaveValue(seeded.leaderPositionId!);
  await expect(page.getByRole("combobox", { name: "Stop 5", exact: true })).toHaveValue("Seoul");
  await expect(page.getByRole("combobox", { name: "Person met in meeting 5", exact: true })).toHaveValue("Han Deok-soo");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("form", { name: "Edit delegation" }).getByRole("alert").first()).toHaveText(/Nothing has changed/);
});
