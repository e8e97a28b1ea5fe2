import { test, expect } from "./fixtures";
import { createDelegation, createPerson, createPlace, createSource, db, uniqueId } from "./factories";
import { pickRecord } from "./pick";
import { selectPassage } from "./cite";
import { expectAccessible } from "./axe";

test("an editor enters an agreement between two places with its signatory, witness, visit and tie event, cited; once approved it is public", async ({
  page,
  loginAs,
  loginInNewContext,
}) => {
  const suffix = uniqueId();
  const gyeonggi = await createPlace({ name: `Gyeongville ${suffix}`, country: "KR", level: "PROVINCE" });
  const jiangsu = await createPlace({ name: `Jiangville ${suffix}`, country: "CN", level: "PROVINCE" });
  const governor = await createPerson({ name: `Kimtest ${suffix}` });
  const consul = await createPerson({ name: `Leetest ${suffix}` });
  const visit = await createDelegation({ title: `Jiangville delegation to Korea ${suffix}`, startOn: "2024-06" });
  const title = `Sisterhood Agreement between ${gyeonggi.name} and ${jiangsu.name}`;
  const source = await createSource({
    title: `Province news ${suffix}`,
    snapshot:
      `On June 19, ${governor.name}, Governor of ${gyeonggi.name}, and the Party Secretary signed the "${title}" at Dodamso. ` +
      `${gyeonggi.name} has officially established a sisterhood relationship with ${jiangsu.name}.`,
  });

  await loginAs("EDITOR");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: "Agreements" }).click();
  await page.getByRole("link", { name: "New agreement" }).click();
  await expect(page).toHaveURL("/admin/agreements/new");
  await page.getByLabel("Kind of agreement", { exact: true }).selectOption({ label: "Sisterhood agreement" });
  await page.getByLabel("Date signed", { exact: true }).fill("2024-06-19");
  await page.getByLabel("Title as the source gives it").fill(title);
  await pickRecord(page, "Party 1", gyeonggi.name);
  await pickRecord(page, "Party 2", jiangsu.name);
  await page.getByRole("button", { name: "Add a signatory" }).click();
  await pickRecord(page, "Signatory 1", governor.name);
  await page.getByLabel("Title of signatory 1").fill(`Governor of ${gyeonggi.name}`);
  await page.getByRole("button", { name: "Add a signatory" }).click();
  await pickRecord(page, "Signatory 2", consul.name);
  await page.getByLabel("Title of signatory 2").fill("Consul General");
  await page.getByLabel("Role of signatory 2").selectOption({ label: "witnessed" });
  await pickRecord(page, "Signed during the visit", `delegation to Korea ${suffix}`, visit.title);
  await expect(page.getByText("2024-06 · Delegation")).toBeVisible();
  await page.getByLabel("Venue", { exact: true }).fill("Dodamso, Suwon");
  await page.getByLabel("Fields of cooperation").fill("semiconductors\nnew energy\ntourism");

  for (const [claim, passage] of [
    ["the kind of agreement", `signed the "Sisterhood Agreement`],
    ["the date signed", "On June 19"],
    ["the parties", `between ${gyeonggi.name} and ${jiangsu.name}`],
  ]) {
    await pickRecord(page, `Source for ${claim}`, source.title);
    await selectPassage(page, claim, source.title, passage);
  }
  await page.getByLabel(`This agreement establishes or changes the tie between ${gyeonggi.name} and ${jiangsu.name}`).check();
  await page.getByLabel("What happened to the tie").selectOption({ label: "Established" });
  await page.getByLabel("Kind of tie from then on", { exact: true }).selectOption({ label: "Sister tie" });
  await page.getByLabel("Words the source used for the tie").fill("sisterhood");
  await pickRecord(page, "Source for the kind of tie", source.title);
  await selectPassage(page, "the kind of tie", source.title, "established a sisterhood relationship");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const changeId = new URL(page.url()).searchParams.get("submitted")!;

  const { page: review } = await loginInNewContext("REVIEWER");
  await review.goto(`/admin/review/${changeId}`);
  const item = review.getByRole("region", { name: `New agreement ${title}` });
  await expect(item.getByRole("row", { name: "Kind of agreement", exact: true }).getByRole("cell").nth(1)).toHaveText(
    "Sisterhood agreement",
  );
  await expect(item.getByRole("row", { name: "Signatories and witnesses" }).getByRole("listitem")).toHaveText([
    `${governor.name}, Governor of ${gyeonggi.name} (signed)`,
    `${consul.name}, Consul General (witnessed)`,
  ]);
  await expect(item.getByRole("row", { name: "Signed during the visit" }).getByRole("cell").nth(1)).toHaveText(visit.title);
  const claims = review.getByRole("list", { name: "Key claims" }).first();
  await expect(claims).toContainText("Parties");
  await review.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(review).toHaveURL(`/admin/review?decided=${changeId}`);

  const agreement = await db.agreement.findFirstOrThrow({
    where: { title },
    include: { parties: true, signatories: true, fields: true, tieEvents: { include: { tie: true } } },
  });
  expect(agreement).toMatchObject({ kind: "SISTERHOOD_AGREEMENT", signedOn: "2024-06-19", venue: "Dodamso, Suwon" });
  expect(agreement.parties.map((p) => p.placeId).sort()).toEqual([gyeonggi.id, jiangsu.id].sort());
  expect(agreement).toMatchObject({ delegationId: visit.id });
  expect(agreement.signatories).toEqual([
    expect.objectContaining({ personId: governor.id, title: `Governor of ${gyeonggi.name}`, role: "SIGNATORY" }),
    expect.objectContaining({ personId: consul.id, title: "Consul General", role: "WITNESS" }),
  ]);
  expect(agreement.fields.map((f) => f.name)).toEqual(["semiconductors", "new energy", "tourism"]);
  expect(agreement.tieEvents).toEqual([
    expect.objectContaining({
      type: "ESTABLISHED",
      kind: "SISTER",
      occurredOn: "2024-06-19",
      tie: expect.objectContaining({ kind: "SISTER" }),
    }),
  ]);

  await page.goto(`/agreements/${agreement.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("link", { name: jiangsu.name, exact: true }).first()).toHaveAttribute("href", `/places/${jiangsu.slug}`);
  await expect(page.getByRole("list", { name: "Signatories" })).toHaveText(`${governor.name}, Governor of ${gyeonggi.name}`);
  await expect(page.getByRole("list", { name: "Witnesses" })).toHaveText(`${consul.name}, Consul General`);
  await expect(page.getByRole("link", { name: visit.title })).toHaveAttribute("href", `/delegations/${visit.slug}`);
  await expectAccessible(page, "agreement page with a witness");
});

test("the agreement form marks the passages approval waits for: the kind and parties always, the date once it is given", async ({
  page,
  loginAs,
}) => {
  await loginAs("EDITOR");
  await page.goto("/admin/agreements/new");
  const needed = "Cite this now: a reviewer cannot approve the change while it is uncited.";
  const passageFor = (claim: string) => page.getByRole("group", { name: `Source for ${claim}`, exact: true });
  await expect(passageFor("the kind of agreement")).toContainText(needed);
  await expect(passageFor("the parties")).toContainText(needed);
  await expect(passageFor("the date signed")).not.toContainText(needed);

  await page.getByLabel("Date signed", { exact: true }).fill("2024-06-19");
  await expect(passageFor("the date signed")).toContainText(needed);
  await page.getByLabel("Date signed", { exact: true }).fill("");
  await expect(passageFor("the date signed")).not.toContainText(needed);
});
