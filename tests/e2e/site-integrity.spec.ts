import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate/node';
import { checkBuiltSite } from '../../src/integrations/internal-links';
import { builtPages, distDir } from '../support/built-pages';
import { subPath, subPathOutDir } from '../support/sub-path.mjs';
import { expect, test } from './fixtures';

test('html-validate reports no error on any built page', async () => {
  const validator = new HtmlValidate();
  const errors: string[] = [];
  for (const [path, file] of builtPages()) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('every internal link and anchor resolves, at the root and under the sub-path', async () => {
  const root = await checkBuiltSite(distDir, '/');
  expect(root.pages.length).toBeGreaterThan(90);
  expect(root.broken).toEqual([]);
  const sub = await checkBuiltSite(join(distDir, '..', subPathOutDir), subPath);
  expect(sub.broken).toEqual([]);
});

test('a favicon is served', async ({ request }) => {
  const response = await request.get('/favicon.svg');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});
