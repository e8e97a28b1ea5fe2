import { test, expect, mintSessionToken, SESSION_COOKIE } from "./fixtures";
import { createPlace, createUser, findChange, uniqueId } from "./factories";

test("an editor finds a parent place by its name in another script, with the keyboard only", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  const suffix = uniqueId();
  // Namesakes: the same name in China and in Japan; the new place is Chinese.
  const parent = await createPlace({
    name: `Hanfu ${suffix}`,
    country: "CN",
    level: "PREFECTURE_LEVEL_CITY",
    names: [{ text: `汉府${suffix}`, lang: "zh-Hans" }],
  });
  await createPlace({ name: `Hanfu ${suffix}`, country: "JP", level: "CITY", names: [{ text: `漢府${suffix}`, lang: "ja" }] });

  await page.goto("/admin/places/new");
  await page.getByLabel("English name").fill(`Hanfu County ${suffix}`);
  await page.getByLabel("Country").selectOption({ label: "China" });
  await page.getByRole("textbox", { name: "Name 1", exact: true }).fill(`汉府县${suffix}`);

  await page.getByLabel("Administrative level").focus();
  await page.keyboard.press("Tab");
  const picker = page.getByRole("combobox", { name: "Part of", exact: true });
  await expect(picker).toBeFocused();
  await expect(picker).toHaveAttribute("aria-autocomplete", "list");
  await expect(picker).toHaveAttribute("aria-expanded", "false");

  await page.keyboard.type(`漢府${suffix}`);
  const listbox = page.getByRole("listbox", { name: "Suggestions" });
  await expect(picker).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);
  const option = listbox.getByRole("option");
  await expect(option).toHaveCount(1);
  await expect(option).toContainText(`Hanfu ${suffix}`);
  await expect(option).toContainText("China · Prefecture-level city");
  await expect(option).toContainText(`matched: 汉府${suffix}`);
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("status").filter({ hasText: "1 match" })).toBeAttached();

  await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(picker).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(picker).toHaveValue(`Hanfu ${suffix}`);
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(picker).toHaveAccessibleDescription(/China · Prefecture-level city/);

  // Text typed but not picked gives way to the choice again on Escape.
  await page.keyboard.type(" nowhere");
  await expect(page.getByRole("status").filter({ hasText: `No match for “Hanfu ${suffix} nowhere”` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(picker).toHaveValue(`Hanfu ${suffix}`);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const change = await findChange(new URL(page.url()).searchParams.get("submitted")!);
  expect(change.items[0].payload).toMatchObject({ name: `Hanfu County ${suffix}`, parentId: parent.id });
});

test("an editor clears a chosen parent with its clear button", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  const parent = await createPlace({ name: `Clearfield ${uniqueId()}`, country: "KR", level: "PROVINCE" });
  await page.goto("/admin/places/new");
  await page.getByLabel("Country").selectOption({ label: "South Korea" });
  const picker = page.getByRole("combobox", { name: "Part of", exact: true });
  await picker.fill(parent.name);
  await page.getByRole("option", { name: parent.name }).click();
  await expect(picker).toHaveValue(parent.name);
  await page.getByRole("button", { name: `Clear ${parent.name}` }).click();
  await expect(picker).toHaveValue("");
  await expect(picker).toBeFocused();
});

test("a merge target is picked among other places, never the place itself", async ({ page, loginAs }) => {
  await loginAs("EDITOR");
  const name = `Twinton ${uniqueId()}`;
  const [duplicate, original] = [await createPlace({ name, country: "JP" }), await createPlace({ name, country: "JP" })];
  await page.goto(`/admin/places/${duplicate.id}/edit`);
  const form = page.getByRole("form", { name: `Propose merging ${name}` });
  await form.getByRole("combobox", { name: "Same place as" }).fill(name);
  const options = form.getByRole("option");
  await expect(options).toHaveCount(1);
  await options.click();
  await form.getByRole("textbox", { name: "Why they are the same place" }).fill("Entered twice from two lists.");
  await form.getByRole("button", { name: "Propose merge" }).click();
  await expect(page).toHaveURL(/\/admin\/changes\?submitted=/);
  const change = await findChange(new URL(page.url()).searchParams.get("submitted")!);
  expect(change.items[0]).toMatchObject({ operation: "MERGE", recordId: duplicate.id, mergeIntoId: original.id });
});

test("the search answers only signed-in editors, and refuses a malformed query", async ({ request, loginAs }) => {
  const place = await createPlace({ name: `Queryville ${uniqueId()}`, country: "JP", level: "CITY" });
  const search = (cookie?: string, query = `q=${encodeURIComponent(place.name)}&types=PLACE`) =>
    request.get(`/admin/api/records?${query}`, { headers: cookie ? { Cookie: `${SESSION_COOKIE}=${cookie}` } : {}, maxRedirects: 0 });

  const disabled = await createUser({ role: "EDITOR", disabled: true });
  const refused = await search(await mintSessionToken(disabled));
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: expect.any(String) });

  const editor = await loginAs("EDITOR");
  const token = await mintSessionToken(editor);
  const answered = await search(token);
  expect(answered.status()).toBe(200);
  expect((await answered.json()).records).toEqual([{ id: place.id, title: place.name, detail: "Japan · City" }]);

  expect((await search(token, "q=Queryville&types=PLANET")).status()).toBe(400);
  expect((await search(token, "types=PLACE")).status()).toBe(400);
  expect((await request.get(`/admin/api/sources/${uniqueId()}`, { headers: { Cookie: `${SESSION_COOKIE}=${token}` } })).status()).toBe(404);
});
