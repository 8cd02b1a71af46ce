import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsourcedClaims, readProducts } from '../support/product-claims';

const products = readProducts();
const root = join(import.meta.dirname, '../..');
const pages = ['content/codes', 'content/classes', 'content/topics'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(root, dir, name)),
);

describe('product claims carry a source', () => {
  it('finds a product named without a footnote, in a paragraph, a list item and a table cell', () => {
    const mdx = ['nginx closes it.', '', '- curl retries.', '', '| a |', '| - |', '| Chrome |', ''].join('\n');
    expect(findUnsourcedClaims(mdx, products).map((claim) => [claim.line, claim.product])).toEqual([
      [1, 'nginx'],
      [3, 'curl'],
      [7, 'Chrome'],
    ]);
  });

  it('accepts a footnote, and ignores examples, headings, the source list and names inside other words', () => {
    const mdx = [
      'nginx closes it.[^n]',
      '',
      '```http',
      'Server: nginx',
      '```',
      '',
      '### nginx',
      '',
      'ASP.NET Core and Gopher and curling are not .NET, Go or curl.[^n]',
      '',
      'Somewhere in ASP.NETs, Gopher and curling.',
      '',
      '[^n]: nginx documentation, [x](https://nginx.org/).',
    ].join('\n');
    expect(findUnsourcedClaims(mdx, products)).toEqual([]);
  });

  it('matches aliases and reports the product name', () => {
    expect(findUnsourcedClaims('An ALB sends 460.', products).map((claim) => claim.product)).toEqual(['AWS']);
  });

  it.each(pages.map((file) => [relative(root, file), file] as const))('%s: every product claim has a source', (_name, file) => {
    const claims = findUnsourcedClaims(readFileSync(file, 'utf8'), products).map((claim) => `${relative(root, file)}:${claim.line}: ${claim.product} named without a source: "${claim.text}"`);
    expect(claims).toEqual([]);
  });
});
