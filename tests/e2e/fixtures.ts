import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readEntryFiles } from '../support/entry-files';

/** Every code entry's frontmatter, read from content/codes, in order. */
export const allEntries = readEntryFiles().map((entry) => entry.frontmatter as { code: number; status: string });

/** Every code that has a content entry. */
export const allCodes = allEntries.map((entry) => entry.code);

/**
 * A page that fails the test on any console error or uncaught exception, and records every
 * script file it loads.
 */
export const test = base.extend<{ scriptRequests: string[] }>({
  scriptRequests: async ({ page }, use) => {
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('console', (message) => {
      // The not-found page itself arrives with status 404, which Chromium logs as an error.
      const isOwnStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
      if (message.type() === 'error' && !isOwnStatus) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await use(scripts);
    expect(errors, 'console errors').toEqual([]);
  },
});

/** Opens the search dialog (src/components/SearchDialog.astro) with a shortcut key and returns its query field. */
export async function openSearch(page: Page, shortcut = '/'): Promise<Locator> {
  await page.keyboard.press(shortcut);
  return page.locator('[data-search-dialog] [data-search-input]');
}

/** The result links of the search dialog, or with `scope` '[data-search-page]' those of the search page. */
export function resultLinks(page: Page, scope = '[data-search-dialog]'): Locator {
  return page.locator(`${scope} .search-result-link`);
}

export { expect };
