/**
 * Finds sentences about products that cite nothing: a paragraph, list item or table cell of an
 * MDX page that names a product from content/registry/products.yaml must hold a footnote
 * reference ([^label]) to its source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { registryDir } from './csv';

export interface Product {
  name: string;
  kind: string;
  aliases?: string[];
}

export interface UnsourcedClaim {
  /** 1-based line in the file where the paragraph, item or cell starts. */
  line: number;
  /** The product's name as listed (not the alias that matched). */
  product: string;
  text: string;
}

const productKinds = ['server', 'proxy', 'cdn', 'cloud', 'framework', 'browser', 'client', 'runtime', 'vendor-api'];

/** Reads and checks the product list; a bad row names the file, the row and what was expected. */
export function readProducts(file = join(registryDir, 'products.yaml')): Product[] {
  const rows: unknown = parseYaml(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a YAML list of products`);
  return rows.map((row: Partial<Product>, index) => {
    const where = `${file}: product ${index + 1}`;
    if (typeof row?.name !== 'string' || row.name === '') throw new Error(`${where}: name: expected a non-empty string`);
    if (!productKinds.includes(row.kind ?? '')) throw new Error(`${where} (${row.name}): kind: expected one of ${productKinds.join(', ')}, got ${JSON.stringify(row.kind)}`);
    if (row.aliases !== undefined && !(Array.isArray(row.aliases) && row.aliases.every((alias) => typeof alias === 'string' && alias !== ''))) {
      throw new Error(`${where} (${row.name}): aliases: expected a list of non-empty strings`);
    }
    return row as Product;
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-sensitive pattern; "." counts as part of a word so ".NET" does not match "ASP.NET". */
function namePattern(product: Product): RegExp {
  const names = [product.name, ...(product.aliases ?? [])].map(escape).join('|');
  return new RegExp(`(?<![\\w.])(?:${names})(?![\\w])`);
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter);

/** Nodes whose words are not claims: examples, code, and the source list itself. */
const notProse = new Set(['code', 'footnoteDefinition', 'yaml', 'heading', 'mdxjsEsm', 'html']);

function hasFootnoteReference(node: Nodes): boolean {
  if (node.type === 'footnoteReference') return true;
  return 'children' in node && (node.children as Nodes[]).some(hasFootnoteReference);
}

/** The units a claim lives in: table cells, list items (without their nested lists), and other paragraphs. */
function claimUnits(node: Nodes, units: Nodes[][] = []): Nodes[][] {
  if (notProse.has(node.type)) return units;
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    units.push([node]);
    return units;
  }
  if (node.type === 'listItem') {
    const own = node.children.filter((child) => child.type !== 'list');
    if (own.length > 0) units.push(own);
    for (const child of node.children) if (child.type === 'list') claimUnits(child, units);
    return units;
  }
  if ('children' in node) for (const child of (node as Parents).children) claimUnits(child, units);
  return units;
}

/** Every paragraph, list item or table cell of an MDX text that names a product and cites no source. */
export function findUnsourcedClaims(mdx: string, products: Product[]): UnsourcedClaim[] {
  const tree = parser.parse(mdx) as Root;
  const patterns = products.map((product) => ({ product, pattern: namePattern(product) }));
  const claims: UnsourcedClaim[] = [];
  for (const unit of claimUnits(tree)) {
    if (unit.some(hasFootnoteReference)) continue;
    const text = unit.map((node) => toString(node)).join(' ');
    for (const { product, pattern } of patterns) {
      if (pattern.test(text)) claims.push({ line: unit[0]!.position?.start.line ?? 0, product: product.name, text: text.slice(0, 100) });
    }
  }
  return claims;
}
