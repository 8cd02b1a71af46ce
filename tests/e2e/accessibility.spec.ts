import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { builtPages, builtStyles } from '../support/built-pages';
import { expect, openSearch, test } from './fixtures';

// axe-core itself, evaluated once per page load and run for each scheme and width: the
// @axe-core/playwright wrapper injected it again for every run, which tripled the suite's time.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const narrow = { width: 390, height: 844 };
const wide = { width: 1280, height: 800 };
const schemes = ['light', 'dark'] as const;

/**
 * The axe rules whose outcome depends on the colour scheme (they read colours) or on the width
 * (they read sizes and overflow). Every other rule reads only the markup and what is shown, and
 * the site shows and hides nothing by scheme or width (checked below), so those run once per
 * page: running every rule in all four settings took a minute of the suite's time.
 */
const schemeRules = ['color-contrast', 'link-in-text-block'];
// Rules axe runs by default only: runOnly would also switch on the ones it leaves off (target-size).
const widthRules = ['scrollable-region-focusable'];
const settings = [
  { colorScheme: 'light', viewport: narrow, rules: undefined },
  { colorScheme: 'dark', viewport: narrow, rules: schemeRules },
  { colorScheme: 'dark', viewport: wide, rules: widthRules },
] as const;

async function violations(page: Page, rules?: readonly string[]) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Only violations are reported, so axe need not serialise the passes and the incomplete checks.
  const options = { resultTypes: ['violations'], ...(rules && { runOnly: { type: 'rule', values: rules } }) };
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, runOptions as import('axe-core').RunOptions) as Promise<AxeResults>,
    options,
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the site shows and hides nothing by colour scheme or width, so markup-only rules run once', () => {
  const css = builtStyles();
  // The rules of each width condition, and each rule of the dark scheme (its selector names data-theme=dark).
  const conditional = [...css.matchAll(/@media \((?:min-|max-)?width[^{]*\{((?:[^{}]*\{[^}]*\})*)\}/g)].map((match) => match[1]!);
  conditional.push(...[...css.matchAll(/[^{}]*data-theme=dark[^{}]*\{[^}]*\}/g)].map((match) => match[0]));
  expect(conditional.length, 'width and dark rules found in the built CSS').toBeGreaterThan(1);
  expect(conditional.filter((rules) => /(?:^|[;{])\s*(?:display|visibility|content-visibility)\s*:/.test(rules))).toEqual([]);
});

test('the axe check reports a violation on a page that has one', async ({ page }) => {
  await page.goto('/codes/404/');
  await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
  expect(await violations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
});

/**
 * Every page, except that the cheat sheets generated from content/registry/ (/in/<ecosystem>/,
 * /clients/<client>/) are checked through one page each: the same component renders each one from
 * rows of the same schema, and twenty more pages in four settings each cost the suite half a minute.
 */
function pagesToCheck(): string[] {
  const seenTemplates = new Set<string>();
  return builtPages()
    .map(([path]) => path)
    .filter((path) => {
      const template = /^\/(in|clients)\/[^/]+\/$/.exec(path)?.[1];
      if (!template) return true;
      if (seenTemplates.has(template)) return false;
      seenTemplates.add(template);
      return true;
    });
}

test.describe('axe finds no violations', () => {
  for (const path of pagesToCheck()) {
    test(`${path} in both schemes and both widths`, async ({ page }) => {
      await page.goto(path);
      for (const { colorScheme, viewport, rules } of settings) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize(viewport);
        expect(await violations(page, rules), `${colorScheme} ${viewport.width}px`).toEqual([]);
      }
    });
  }

  for (const colorScheme of schemes) {
    test(`the search dialog showing results, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/codes/404/');
      await (await openSearch(page)).fill('timeout');
      await expect(page.locator('[data-search-dialog] .search-result').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test('a skip link leads to the main landmark', async ({ page }) => {
  await page.goto('/codes/404/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/codes/404/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
