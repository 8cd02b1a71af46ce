/**
 * Scale benchmark: builds and indexes the real site from N synthetic entries, and a bare
 * Astro + MDX project (the floor) from the same entries, and compares them.
 *
 * Each build is cold: its own content, output and cache folders under the run's temporary folder.
 * The site build is exactly
 *   CONTENT_DIR=<tmp>/content OUT_DIR=<copy>/dist CACHE_DIR=<copy>/cache node_modules/.bin/astro build
 * in a copy of the project (tests/build/project.ts) whose src/content.config.ts re-exports the
 * benchmark's collections (tests/bench/content.config.ts), which number entries past 599.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeProject, removeProject, type Project } from '../build/project.ts';
import { gzipSync } from 'node:zlib';
import { writeFloorProject } from './floor.ts';
import { hasGnuTime, runMeasured, type Measured } from './measure.ts';
import { writeSyntheticContent } from './synthetic.ts';

export interface SuiteContext {
  /** The project root (/work/main): where the site is built from. */
  root: string;
  /** An empty temporary folder for this suite. */
  tmp: string;
  print: (line?: string) => void;
}

interface Phases {
  /** Content sync and type generation ("[types] Generated"). */
  syncSeconds: number | undefined;
  /** Vite's server bundle (first "[vite] ✓ built in"). */
  bundleSeconds: number | undefined;
  /** Rendering the static routes (the "✓ Completed in" after the route list). */
  renderSeconds: number | undefined;
  /** Pages Astro says it built (HTML and other endpoints). */
  pages: number | undefined;
}

interface Build extends Measured, Phases {}

interface Row {
  entries: number;
  repeats: number;
  site: Build;
  floor: Build;
  /** Pagefind's CLI over the floor's dist/: the floor's own search index, so that like is compared with like. */
  floorIndex: Measured;
  /** Pagefind's work after rendering: it parses pages while they render, then writes the index. */
  pagefindWriteSeconds: number;
  pagefindPages: number;
  codePages: number;
  medianRawBytes: number;
  medianGzipBytes: number;
}

// eslint-disable-next-line no-control-regex -- strips terminal colour codes from build logs
const ansi = /\x1b\[[0-9;]*m/g;

/** A duration as Astro and Vite print it: "16ms", "3.52s" or "1m 12s". */
const duration = String.raw`((?:\d+m )?[\d.]+m?s)`;

function seconds(text: string | undefined): number | undefined {
  const match = text === undefined ? null : /^(?:(\d+)m )?([\d.]+)(m?s)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 60 + (match[3] === 'ms' ? Number(match[2]) / 1000 : Number(match[2]));
}

function parsePhases(log: string): Phases {
  const text = log.replace(ansi, '');
  const pages = /(\d+) page\(s\) built in/.exec(text);
  return {
    syncSeconds: seconds(new RegExp(String.raw`\[types\] Generated ${duration}`).exec(text)?.[1]),
    bundleSeconds: seconds(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`).exec(text)?.[1]),
    renderSeconds: seconds(new RegExp(String.raw`^\d\d:\d\d:\d\d ✓ Completed in ${duration}\.`, 'm').exec(text)?.[1]),
    pages: pages ? Number(pages[1]) : undefined,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The build whose wall time is the median of the repeats. */
function medianBuild(builds: Build[]): Build {
  const sorted = [...builds].sort((a, b) => a.wallSeconds - b.wallSeconds);
  return sorted[(sorted.length - 1) >> 1]!;
}

const mib = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const secs = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)} s`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Environment of a build: the caller's, without the deployment settings, with telemetry off. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete env['SITE_URL'];
  delete env['BASE_PATH'];
  return env;
}

/** A copy of the project that builds with the benchmark's content config instead of the site's. */
function makeBenchProject(): Project {
  const project = makeProject();
  const benchConfig = fileURLToPath(new URL('./content.config.ts', import.meta.url));
  writeFileSync(join(project.root, 'src', 'content.config.ts'), `export { collections } from ${JSON.stringify(benchConfig)};\n`);
  return project;
}

async function buildSite(project: Project, dir: string, contentDir: string): Promise<Build> {
  // Output and cache stay inside the copy, as in the floor project, so that what Astro writes
  // there resolves its imports through the copy's node_modules.
  for (const folder of ['dist', 'cache', '.astro']) rmSync(join(project.root, folder), { recursive: true, force: true });
  const measured = await runMeasured(join(project.root, 'node_modules/.bin/astro'), ['build'], {
    cwd: project.root,
    env: buildEnv({ CONTENT_DIR: contentDir, OUT_DIR: join(project.root, 'dist'), CACHE_DIR: join(project.root, 'cache') }),
    logFile: join(dir, 'site.log'),
  });
  return { ...measured, ...parsePhases(measured.log) };
}

interface FloorBuild {
  build: Build;
  index: Measured;
}

/** Builds the floor, then indexes its dist/ with Pagefind's CLI: the floor with its search index. */
async function buildFloor(context: SuiteContext, dir: string, contentDir: string): Promise<FloorBuild> {
  const project = join(dir, 'floor');
  if (!existsSync(project)) writeFloorProject(project, join(context.root, 'node_modules'));
  // Output and cache stay inside the floor project: the prerender chunks that Astro writes to the
  // output folder resolve their imports through the project's node_modules link.
  for (const folder of ['dist', 'cache', '.astro']) rmSync(join(project, folder), { recursive: true, force: true });
  const measured = await runMeasured(join(project, 'node_modules/.bin/astro'), ['build'], {
    cwd: project,
    env: buildEnv({ CONTENT_DIR: contentDir, OUT_DIR: join(project, 'dist'), CACHE_DIR: join(project, 'cache') }),
    logFile: join(dir, 'floor.log'),
  });
  const index = await runMeasured(join(project, 'node_modules/.bin/pagefind'), ['--site', 'dist'], {
    cwd: project,
    env: buildEnv({}),
    logFile: join(dir, 'floor-pagefind.log'),
  });
  const indexed = /Indexed (\d+) pages?/.exec(index.log.replace(ansi, ''));
  if (!indexed || Number(indexed[1]) === 0) throw new Error(`Pagefind indexed no floor pages; see ${join(dir, 'floor-pagefind.log')}`);
  return { build: { ...measured, ...parsePhases(measured.log) }, index };
}

/** Code pages of a built site: dist/codes/<code>/index.html (not /codes/0/, which is about no code). */
function codePageFiles(dist: string): string[] {
  const codesDir = join(dist, 'codes');
  return readdirSync(codesDir)
    .filter((name) => /^[1-9]\d{2,}$/.test(name))
    .map((name) => join(codesDir, name, 'index.html'))
    .filter((file) => existsSync(file));
}

/** Seconds of the floor with its search index: its build, then Pagefind's CLI over its output. */
const indexedFloorWall = (row: Row) => row.floor.wallSeconds + row.floorIndex.wallSeconds;
const indexedFloorCpu = (row: Row) =>
  row.floor.cpuSeconds !== undefined && row.floorIndex.cpuSeconds !== undefined ? row.floor.cpuSeconds + row.floorIndex.cpuSeconds : undefined;
const ratio = (site: number | undefined, floor: number | undefined) => (site !== undefined && floor ? (site / floor).toFixed(2) : 'n/a');

function printRow(print: SuiteContext['print'], row: Row): void {
  const { site, floor, floorIndex } = row;
  const perEntry = (build: Build) => `${((build.wallSeconds / row.entries) * 1000).toFixed(2)} ms`;
  print(`N = ${row.entries} entries (median of ${row.repeats} build${row.repeats > 1 ? 's' : ''} each)`);
  print(`  site   build ${secs(site.wallSeconds)} wall, ${secs(site.cpuSeconds)} CPU; ${site.pages} pages, ${(site.pages! / site.wallSeconds).toFixed(1)} pages/s, ${perEntry(site)} per entry`);
  print(`         phases: sync+types ${secs(site.syncSeconds)}, bundle ${secs(site.bundleSeconds)}, render ${secs(site.renderSeconds)}, Pagefind index write after render ${secs(row.pagefindWriteSeconds)} (${row.pagefindPages} pages indexed)`);
  print(`         peak memory: process tree ${mib(site.peakTreeRssBytes)}, largest single process ${mib(site.maxProcessRssBytes)}`);
  print(`         code pages: ${row.codePages}, median ${kb(row.medianRawBytes)} raw, ${kb(row.medianGzipBytes)} gzip`);
  print(`  floor  build ${secs(floor.wallSeconds)} wall, ${secs(floor.cpuSeconds)} CPU; ${floor.pages} pages, ${(floor.pages! / floor.wallSeconds).toFixed(1)} pages/s, ${perEntry(floor)} per entry`);
  print(`         phases: sync+types ${secs(floor.syncSeconds)}, bundle ${secs(floor.bundleSeconds)}, render ${secs(floor.renderSeconds)}`);
  print(`         peak memory: process tree ${mib(floor.peakTreeRssBytes)}, largest single process ${mib(floor.maxProcessRssBytes)}`);
  print(`         its search index (Pagefind CLI): ${secs(floorIndex.wallSeconds)} wall, ${secs(floorIndex.cpuSeconds)} CPU`);
  print(`  ratio  site / bare floor ${ratio(site.wallSeconds, floor.wallSeconds)} (CPU ${ratio(site.cpuSeconds, floor.cpuSeconds)})`);
  print(`         site / floor with its index ${ratio(site.wallSeconds, indexedFloorWall(row))} (CPU ${ratio(site.cpuSeconds, indexedFloorCpu(row))})`);
}

/** Runs the scale benchmark for each size in `sizes`, prints each row as it is done, then the targets. */
export async function runScale(context: SuiteContext, sizes: number[], repeatsFor: (entries: number) => number): Promise<void> {
  const { print } = context;
  if (!hasGnuTime) print('(no /usr/bin/time: CPU seconds and single-process peak are not measured)');
  const rows: Row[] = [];
  const project = makeBenchProject();
  try {
    for (const entries of sizes) {
      const dir = join(context.tmp, `n${entries}`);
      const contentDir = join(dir, 'content');
      mkdirSync(dir, { recursive: true });
      const content = writeSyntheticContent(contentDir, entries);
      const repeats = repeatsFor(entries);
      const sites: Build[] = [];
      const floors: FloorBuild[] = [];
      let pagefind = { seconds: [] as number[], pages: 0 };
      let pages = { count: 0, raw: 0, gzip: 0 };
      for (let run = 0; run < repeats; run++) {
        // Site and floor alternate, so that a change of load on the machine hits both alike.
        const site = await buildSite(project, dir, contentDir);
        sites.push(site);
        const indexed = /Pagefind indexed (\d+) pages; writing the index took ([\d.]+) s/.exec(site.log.replace(ansi, ''));
        if (!indexed) throw new Error(`no "Pagefind indexed N pages; writing the index took X s" line in ${join(dir, 'site.log')}`);
        pagefind = { seconds: [...pagefind.seconds, Number(indexed[2])], pages: Number(indexed[1]) };
        const files = codePageFiles(join(project.root, 'dist'));
        if (files.length !== entries) throw new Error(`the site built ${files.length} code pages from ${entries} entries; see ${join(dir, 'site.log')}`);
        if (run === 0) {
          const raw = files.map((file) => readFileSync(file));
          pages = { count: files.length, raw: median(raw.map((page) => page.length)), gzip: median(raw.map((page) => gzipSync(page).length)) };
        }
        rmSync(join(project.root, 'dist'), { recursive: true, force: true });
        floors.push(await buildFloor(context, dir, contentDir));
        rmSync(join(dir, 'floor', 'dist'), { recursive: true, force: true });
      }
      // The floor's median run, counted with its index, as a deploy would need both.
      const floorRun = [...floors].sort((a, b) => a.build.wallSeconds + a.index.wallSeconds - (b.build.wallSeconds + b.index.wallSeconds))[(floors.length - 1) >> 1]!;
      const row: Row = {
        entries,
        repeats,
        site: medianBuild(sites),
        floor: floorRun.build,
        floorIndex: floorRun.index,
        pagefindWriteSeconds: median(pagefind.seconds),
        pagefindPages: pagefind.pages,
        codePages: pages.count,
        medianRawBytes: pages.raw,
        medianGzipBytes: pages.gzip,
      };
      rows.push(row);
      print(`(${entries} synthetic entries, ${(content.bytes / 2 ** 20).toFixed(1)} MiB of MDX)`);
      printRow(print, row);
      print();
    }

  } finally {
    removeProject(project);
  }

  print('| entries | site s | bare floor s | floor + index s | ratio to bare floor (wall / CPU) | ratio to indexed floor (wall / CPU) | site ms/entry | Pagefind write s | peak tree RSS | median page raw / gzip |');
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const { entries, site, floor, pagefindWriteSeconds, medianRawBytes, medianGzipBytes } = row;
    print(
      `| ${entries} | ${site.wallSeconds.toFixed(1)} | ${floor.wallSeconds.toFixed(1)} | ${indexedFloorWall(row).toFixed(1)} | ${ratio(site.wallSeconds, floor.wallSeconds)} / ${ratio(site.cpuSeconds, floor.cpuSeconds)} | ${ratio(site.wallSeconds, indexedFloorWall(row))} / ${ratio(site.cpuSeconds, indexedFloorCpu(row))} | ${((site.wallSeconds / entries) * 1000).toFixed(1)} | ${pagefindWriteSeconds.toFixed(2)} | ${mib(site.peakTreeRssBytes)} | ${kb(medianRawBytes)} / ${kb(medianGzipBytes)} |`,
    );
  }
  print();

  // The targets, checked as stated; a miss is printed, not hidden, and does not fail the run.
  const measured = rows.filter((row) => row.entries >= 1000);
  const ratioMisses = measured.filter((row) => row.site.wallSeconds / indexedFloorWall(row) > 1.1);
  print(
    `target: site / floor with its index <= 1.10 at 1,000 and 10,000 entries: ${
      measured.length === 0 ? 'not run (add 1000 or 10000 to BENCH_SIZES)' : ratioMisses.length === 0 ? 'met' : `MISSED at N = ${ratioMisses.map((row) => row.entries).join(', ')}`
    }`,
  );
  const perEntry = rows.map((row) => row.site.wallSeconds / row.entries);
  const rising = rows.filter((_, index) => index > 0 && perEntry[index]! > perEntry[index - 1]! * 1.1);
  print(`target: time per entry not rising with N (each N within 10 % of the one before): ${rising.length === 0 ? 'met' : `MISSED at N = ${rising.map((row) => row.entries).join(', ')}`}`);
  const largest = rows.find((row) => row.entries === 10_000);
  if (largest) {
    const within = largest.site.peakTreeRssBytes < 24 * 2 ** 30 && largest.pagefindPages >= largest.entries;
    print(`target: 10,000 entries built and indexed within 24 GiB: ${within ? 'met' : 'MISSED'} (${largest.codePages} code pages, ${largest.pagefindPages} pages indexed, peak ${mib(largest.site.peakTreeRssBytes)})`);
  } else {
    print('target: 10,000 entries within 24 GiB: not run (add 10000 to BENCH_SIZES)');
  }
}
