/**
 * npm run bench: the project's benchmarks, one after the other, with the machine they ran on.
 *
 *   BENCH_SIZES=64,1000,10000   entry counts of the scale benchmark (default: all three)
 *   BENCH_REPEATS=3             builds per size, the median kept (default: 3 up to 1,000 entries, else 1)
 *   BENCH_SUITES=scale          which suites to run (default: all)
 *   BENCH_KEEP=1                keep the temporary folder (content, logs) instead of deleting it
 *
 * Everything a suite writes goes under one folder in os.tmpdir(); nothing is written to the project.
 * Runs with `node tests/bench/run.ts` on Node 24 (type stripping): erasable TypeScript only.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { runScale, type SuiteContext } from './scale.ts';
import { runWeights } from './weights.ts';

const root = join(import.meta.dirname, '../..');

function numbers(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  const parsed = value.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (parsed.some((n) => !Number.isInteger(n) || n < 5)) throw new Error(`BENCH_SIZES="${value}": expected integers of 5 or more, e.g. 64,1000`);
  return parsed;
}

const sizes = numbers(process.env['BENCH_SIZES'], [64, 1000, 10_000]);
const repeats = process.env['BENCH_REPEATS'] ? Number(process.env['BENCH_REPEATS']) : undefined;

/** Each suite: a name for BENCH_SUITES and what it runs. */
const suites: { name: string; run: (context: SuiteContext) => Promise<void> }[] = [
  { name: 'weights', run: async (context) => runWeights(context) },
  { name: 'scale', run: (context) => runScale(context, sizes, (entries) => repeats ?? (entries <= 1000 ? 3 : 1)) },
];

const wanted = process.env['BENCH_SUITES']?.split(',').map((name) => name.trim());
const unknown = wanted?.filter((name) => !suites.some((suite) => suite.name === name)) ?? [];
if (unknown.length > 0) throw new Error(`BENCH_SUITES: no suite ${unknown.join(', ')}; expected ${suites.map((suite) => suite.name).join(', ')}`);

function command(file: string, args: string[]): string | undefined {
  try {
    return execFileSync(file, args, { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

const print = (line = '') => console.log(line);
print(`date     ${new Date().toISOString()}`);
print(`machine  nproc ${command('nproc', []) ?? availableParallelism()}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`);
print(command('free', ['-g'])?.replace(/^/gm, '         ') ?? '');
print(`node     ${process.version}`);
print(`load     ${loadavg().map((load) => load.toFixed(2)).join(' ')} (1, 5, 15 min) at start`);
print();

const tmp = mkdtempSync(join(tmpdir(), 'statuscodes-bench-'));
try {
  for (const suite of suites.filter((candidate) => !wanted || wanted.includes(candidate.name))) {
    print(`== ${suite.name}`);
    const suiteTmp = join(tmp, suite.name);
    mkdirSync(suiteTmp);
    await suite.run({ root, tmp: suiteTmp, print });
    print();
  }
  print(`load     ${loadavg().map((load) => load.toFixed(2)).join(' ')} (1, 5, 15 min) at end`);
} finally {
  if (process.env['BENCH_KEEP'] === '1') print(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
