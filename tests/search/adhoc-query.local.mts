import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { runQueries } from './relevance.ts';
const list = JSON.parse(process.argv[2]);
const server = spawn(process.execPath, ['tests/support/static-server.mjs', 'dist', '4399', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4399/');
  for (const o of await runQueries(page, '/', list)) console.log(o.rank, JSON.stringify(o.query), o.top.join(' '));
} finally { await browser.close(); server.kill(); }
