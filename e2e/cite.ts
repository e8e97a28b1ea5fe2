import { expect, type Page } from "@playwright/test";

// Selects `passage` in the source text shown for a claim, as an editor does with the
// keyboard (the text is a read-only text box), and checks the form took it as the quote.
export async function selectPassage(page: Page, claim: string, sourceTitle: string, passage: string) {
  const group = page.getByRole("group", { name: `Source for ${claim}` });
  const text = group.getByRole("textbox", { name: `Text of ${sourceTitle}` });
  await expect(text).toBeVisible();
  await text.evaluate((element, wanted) => {
    const area = element as HTMLTextAreaElement;
    const start = area.value.indexOf(wanted);
    if (start < 0) throw new Error(`“${wanted}” is not in the source's text`);
    area.focus();
    area.setSelectionRange(start, start + wanted.length);
  }, passage);
  await text.press("Shift");
  await expect(group.getByRole("textbox", { name: `Passage supporting ${claim}` })).toHaveValue(passage);
}
