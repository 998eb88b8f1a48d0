import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** One page's axe violations, reduced to what helps fixing them. */
export type ScanFinding = {
  page: string;
  rule: string;
  impact: string | null | undefined;
  targets: string[];
};

/** Waits until the page shows its h1 and nothing is still loading. */
export async function waitForPageReady(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Loading|Laddar/ })).toHaveCount(0);
}

/** Runs axe (all rules, best practices included) on the page as it is now. */
export async function scanPage(page: Page, label: string): Promise<ScanFinding[]> {
  await waitForPageReady(page);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => ({
      page: label,
      rule: v.id,
      impact: v.impact,
      targets: n.target.map(String),
    })),
  );
}

/** Opens `path` and scans it. */
export async function scanPath(page: Page, path: string, label = path): Promise<ScanFinding[]> {
  await page.goto(path);
  return scanPage(page, label);
}
