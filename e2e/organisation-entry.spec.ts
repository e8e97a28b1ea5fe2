import { test, expect } from "./fixtures";
import { citationPayload, createOrganisation, createPlace, createSource, db, findChange, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";
import { slugify } from "../lib/names";

test("an editor enters an organisation with a native name and a cited passage; once approved it is public", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  await loginAs("EDITOR");
  const name = `Testcity Foreign Affairs Office ${uniqueId()}`;
  const place = await createPlace({ country: "CN", level: "PREFECTURE_LEVEL_CITY" });
  const passage = `${place.name} Municipal Foreign Affairs Office received the delegation`;
  const source = await createSource({
    title: `City news ${uniqueId()}`,
    snapshot: `On 18 April the ${passage} from Gangnam.\nThe two districts signed a memorandum.`,
  });

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: "Organisations" }).click();
  await page.getByRole("link", { name: "New organisation" }).click();
  await expect(page).toHaveURL("/admin/organisations/new");
  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Kind of organisation").selectOption({ label: "Government body" });
  await page.getByLabel("Country").selectOption({ label: "China" });
  await pickRecord(page, "Place", place.name);
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill("测试市人民政府外事办公室");
  await page.getByLabel("Language of name 1").selectOption({ label: "Chinese (simplified)" });
  const claim = "that the organisation exists";
  await pickRecord(page, `Source for ${claim}`, source.title.split(" ").at(-1)!, source.title);
  await selectPassage(page, claim, source.title, passage);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  const item = review.getByRole("region", { name: `New organisation ${name}` });
  await expect(item.getByRole("row", { name: "Place", exact: true }).getByRole("cell").nth(1)).toHaveText(place.name);
  await expect(review.getByRole("list", { name: "Key claims" })).toContainText("That it exists");
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);

  await page.goto(`/organisations/${slugify(name)}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(name);
  await expect(heading).toContainText("测试市人民政府外事办公室");
  await expect(heading.getByRole("link", { name: "Source 1", exact: true })).toHaveText("[1]");
  await expect(page.getByRole("link", { name: place.name, exact: true })).toHaveAttribute("href", `/places/${place.slug}`);
  const note = page.getByRole("list", { name: "Footnotes" }).getByRole("listitem");
  await expect(note).toContainText(source.title);
  await expect(note.getByRole("link", { name: `“${passage}”` })).toBeVisible();
});

test("a returned organisation is revised in its form, its passage kept, and goes back to review", async ({ page, loginAs }) => {
  const editor = await loginAs("EDITOR");
  const source = await createSource({ snapshot: "The Trilateral Cooperation Secretariat opened its office in Seoul in 2011." });
  const content = {
    name: `Secretariat ${uniqueId()}`,
    kind: "INTERNATIONAL_BODY",
    country: null,
    placeId: null,
    parentId: null,
    summary: "",
    names: [],
  };
  const citation = citationPayload({
    recordType: "ORGANISATION",
    recordId: "ref:organisation",
    sourceId: source.id,
    quote: "The Trilateral Cooperation Secretariat opened its office",
  });
  const change = await db.changeRequest.create({
    data: {
      title: `New organisation: ${content.name}`,
      authorId: editor.id,
      status: "RETURNED",
      submittedAt: new Date(),
      decidedAt: new Date(),
      items: {
        create: [
          { sequence: 0, status: "RETURNED", recordType: "ORGANISATION", operation: "CREATE", ref: "organisation", payload: content },
          { sequence: 1, status: "RETURNED", recordType: "CITATION", operation: "CREATE", payload: citation },
        ],
      },
    },
  });

  await page.goto(`/admin/changes/${change.id}`);
  await page.getByRole("link", { name: "Revise and resubmit" }).click();
  await expect(page).toHaveURL(`/admin/changes/${change.id}/edit`);
  await expect(page.getByRole("combobox", { name: "Source for that the organisation exists" })).toHaveValue(source.title);
  await expect(page.getByRole("textbox", { name: "Passage supporting that the organisation exists" })).toHaveValue(citation.quote);
  await page.getByRole("textbox", { name: "Summary" }).fill("Set up by the three governments.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(`/admin/changes?submitted=${change.id}`);

  expect(await findChange(change.id)).toMatchObject({
    status: "SUBMITTED",
    revision: 2,
    items: [
      {
        recordType: "ORGANISATION",
        operation: "CREATE",
        ref: "organisation",
        payload: { ...content, summary: "Set up by the three governments." },
      },
      { recordType: "CITATION", operation: "CREATE", payload: { recordId: "ref:organisation", field: "exists", quote: citation.quote } },
    ],
  });
});

test("an editor finds a published organisation in the list and proposes an edit with a passage for its existence", async ({
  page,
  loginAs,
}) => {
  const editor = await loginAs("EDITOR");
  const organisation = await createOrganisation({ country: "KR", names: [{ text: "시험협회", lang: "ko" }] });
  const source = await createSource({ snapshot: `${organisation.name} was founded in Seoul to promote exchanges.` });

  await page.goto("/admin/organisations");
  await page.getByRole("link", { name: `Edit ${organisation.name}` }).click();
  await expect(page).toHaveURL(`/admin/organisations/${organisation.id}/edit`);
  await expect(page.getByRole("textbox", { name: "Name 1", exact: true })).toHaveValue("시험협회");
  await page.getByLabel("Kind of organisation").selectOption({ label: "Association" });
  const claim = "that the organisation exists";
  await pickRecord(page, `Source for ${claim}`, source.title.split(" ").at(-1)!, source.title);
  await selectPassage(page, claim, source.title, `${organisation.name} was founded in Seoul`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?drafted=/);

  const change = await findChange(new URL(page.url()).searchParams.get("drafted")!);
  expect(change).toMatchObject({
    authorId: editor.id,
    status: "DRAFT",
    items: [
      { recordType: "ORGANISATION", operation: "UPDATE", recordId: organisation.id, baseVersion: 1, payload: { kind: "ASSOCIATION" } },
      { recordType: "CITATION", payload: { recordId: organisation.id, field: "exists" } },
    ],
  });
});
