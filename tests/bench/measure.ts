/**
 * Runs one command the way the benchmarks measure it: wall time, CPU time of the whole process
 * tree (GNU time, where /usr/bin/time exists) and peak memory of the tree, by polling /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Measured {
  /** Wall-clock seconds from spawn to exit. */
  wallSeconds: number;
  /** User plus system CPU seconds of the command and every child it waited for; undefined without GNU time. */
  cpuSeconds: number | undefined;
  /** Largest resident set of any single process of the tree, in bytes (GNU time's "Maximum resident set size"). */
  maxProcessRssBytes: number | undefined;
  /** Largest sum of the resident sets of all processes of the tree seen at one poll, in bytes. */
  peakTreeRssBytes: number;
  /** Everything the command printed, stdout and stderr interleaved. */
  log: string;
}

const gnuTime = '/usr/bin/time';
export const hasGnuTime = existsSync(gnuTime);

/** Bytes per page of /proc/<pid>/stat's rss field, from this process's own statm and status. */
function pageSize(): number {
  try {
    const pages = Number(readFileSync('/proc/self/statm', 'utf8').split(' ')[1]);
    const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    const ratio = (kib * 1024) / pages;
    // statm and status are read a moment apart; round to the nearest power of two.
    return 2 ** Math.round(Math.log2(ratio));
  } catch {
    return 4096;
  }
}

/** Sum of the resident sets of `root` and all its descendants, in bytes; 0 when /proc is not there. */
function treeRss(root: number, bytesPerPage: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * bytesPerPage);
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Parses GNU time's -v report. */
function parseGnuTime(report: string): { cpuSeconds: number | undefined; maxProcessRssBytes: number | undefined } {
  const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
  return {
    cpuSeconds: user && system ? Number(user) + Number(system) : undefined,
    maxProcessRssBytes: maxRss ? Number(maxRss) * 1024 : undefined,
  };
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the command's output goes as it runs, so a long build can be followed with tail -f. */
  logFile: string;
  /** Milliseconds between two polls of /proc. */
  pollMs?: number;
}

/**
 * Runs `command args` and measures it. The directory of the running Node is put first on PATH,
 * so that `#!/usr/bin/env node` scripts such as node_modules/.bin/astro run on the same Node.
 */
export async function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const timeReport = `${options.logFile}.time`;
  const [file, argv] = hasGnuTime ? [gnuTime, ['-v', '-o', timeReport, command, ...args]] : [command, args];
  const env = { ...options.env, PATH: `${dirname(process.execPath)}:${options.env['PATH'] ?? ''}` };
  const bytesPerPage = pageSize();
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(options.logFile);
  const chunks: Buffer[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      out.write(chunk);
    });
  }
  let peakTreeRssBytes = 0;
  const poll = () => {
    if (child.pid !== undefined) peakTreeRssBytes = Math.max(peakTreeRssBytes, treeRss(child.pid, bytesPerPage));
  };
  const timer = setInterval(poll, options.pollMs ?? 200);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  clearInterval(timer);
  const wallSeconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => out.end(resolve));
  const log = Buffer.concat(chunks).toString('utf8');
  if (exitCode !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${exitCode} in ${options.cwd}; its output is in ${options.logFile}\n${log.slice(-3000)}`);
  }
  const timed = hasGnuTime ? parseGnuTime(readFileSync(timeReport, 'utf8')) : { cpuSeconds: undefined, maxProcessRssBytes: undefined };
  return { wallSeconds, ...timed, peakTreeRssBytes, log };
}
