import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/** Fails on any WCAG 2.1 A/AA violation axe finds on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{ expectAccessible: (page: Page) => Promise<void> }>({
  expectAccessible: async ({}, provide) => {
    await provide(expectAccessible);
  },
  // Every browser test fails if the Content-Security-Policy blocked anything: a blocked script
  // would be a page that silently stops working.
  page: async ({ page }, provide) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        violations.push(message.text());
    });
    await provide(page);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
