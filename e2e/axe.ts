import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// WCAG 2.1 A and AA plus axe's best practices: what a screen-reader or keyboard user meets.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

// The page as it stands has no serious or critical accessibility violation. Moderate and
// minor ones are attached to the test's report, listed for fixing, without failing it.
export async function expectAccessible(page: Page, label = page.url()) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const describe = (v: (typeof violations)[number]) =>
    `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(" "))
      .join("; ")})`;
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const listed = violations.filter((v) => !blocking.includes(v));
  if (listed.length > 0) console.log(`axe, ${label}: ${listed.map(describe).join("\n  ")}`);
  expect(blocking.map(describe), `serious or critical axe violations on ${label}`).toEqual([]);
}
