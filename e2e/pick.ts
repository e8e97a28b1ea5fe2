import { expect, type Locator, type Page } from "@playwright/test";

// Picks a record in the record picker labelled `label` (components/record-picker.tsx), as an
// editor does: types `query` (a name in any script, or words of a source's title), then
// clicks the option titled `title` (by default the query itself) and checks it was taken.
export async function pickRecord(scope: Page | Locator, label: string, query: string, title = query) {
  const combobox = scope.getByRole("combobox", { name: label, exact: true });
  await combobox.fill(query);
  const listbox = scope.locator(`[id="${await combobox.getAttribute("aria-controls")}"]`);
  await listbox.getByRole("option", { name: title }).first().click();
  await expect(combobox).toHaveValue(title);
}
