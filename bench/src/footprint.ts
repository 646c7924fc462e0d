/**
 * `npm run bench:footprint`: how heavy and how quick a hub start is, for the one-command demo (`npm start`, the hub
 * through tsx from the sources) and the production build (`npm run start:prod`, plain JavaScript with node), in the
 * same run on the same machine; for reference also start:prod's command without npm (`node … server/dist/hub.js`,
 * as a service unit runs it). Each command starts twice in demo mode on a fresh data folder: first (migrations, demo data)
 * and again (restart on that data, the everyday case). Measured: time from launch to the first 200 of
 * `/api/health`, and after it BENCH_IDLE_SECONDS (default 5) idle, the resident memory (RSS) of the whole process
 * group (npm, sh, tsx, node: everything the command started), also as PSS (shared pages split). Fails (exit 1)
 * when a start does not become healthy within BENCH_START_TIMEOUT seconds (default 180). Goals (issue 15):
 * ≤ 120 MB and ≤ 2 s. Results: bench/results/footprint-latest.json. docs/operations.md.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 5);
const startTimeoutMs = Number(process.env.BENCH_START_TIMEOUT ?? 180) * 1000;
const goalMb = 120;
const startProdScript = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts['start:prod']!;
const goalSeconds = 2;

interface Command {
  label: string;
  argv: string[];
}

const commands: Command[] = [
  { label: 'npm start', argv: ['npm', 'start'] },
  { label: 'npm run start:prod', argv: ['npm', 'run', 'start:prod'] },
  // What start:prod runs, without npm (as the service unit does); its settings are read from package.json.
  { label: 'start:prod without npm', argv: ['sh', '-c', startProdScript] },
];

interface Measurement {
  command: string;
  start: 'first' | 'restart';
  healthy: boolean;
  secondsToHealthy: number | null;
  /** CPU seconds the group used until healthy: unlike the wall clock, barely changed by a busy machine. */
  cpuSecondsToHealthy: number | null;
  /** For `npm start`: seconds until the hub process itself was launched (before: building the web apps). */
  secondsBeforeHub: number | null;
  /** The sum of the processes' RSS. */
  rssMb: number | null;
  pssMb: number | null;
  /** The group's distinct resident pages (null without root): what the goal is judged on when known. */
  residentMb: number | null;
  processes: { pid: number; rssMb: number; command: string }[];
  log: string;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface GroupProcess {
  pid: number;
  rssKb: number;
  pssKb: number;
  /** CPU time of the process and its reaped children, in clock ticks (utime + stime + cutime + cstime). */
  cpuTicks: number;
  command: string;
}

/** Linux's USER_HZ; `getconf CLK_TCK` is 100 on every common system. */
const ticksPerSecond = 100;

/** The processes of a process group with their RSS and PSS (Linux /proc). */
function processGroup(pgid: number): GroupProcess[] {
  const found: GroupProcess[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const rollup = readFileSync(`/proc/${entry}/smaps_rollup`, 'utf8');
      found.push({
        pid: Number(entry),
        rssKb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0),
        pssKb: Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0),
        cpuTicks: fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0),
        command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim(),
      });
    } catch {
      // ended meanwhile, or a kernel thread
    }
  }
  return found;
}

/**
 * The physical memory the group really holds: its distinct resident pages (Linux /proc/<pid>/pagemap; page frame
 * numbers need root, otherwise null). The sum of the processes' RSS counts a page shared by two processes twice:
 * npm and the hub are both `node`, and the binary's resident pages (about 40 MB) are the same pages in both.
 */
function distinctResidentKb(pids: number[]): number | null {
  const frames = new Set<bigint>();
  const entry = Buffer.alloc(8 * 4096);
  for (const pid of pids) {
    let pagemap: number;
    try {
      pagemap = openSync(`/proc/${pid}/pagemap`, 'r');
    } catch {
      return null;
    }
    try {
      // Only the mappings with resident pages (smaps), not the gigabytes V8 reserves and never touches.
      let range: [number, number] | null = null;
      for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
        const head = /^([0-9a-f]+)-([0-9a-f]+) /.exec(line);
        if (head) range = [parseInt(head[1]!, 16), parseInt(head[2]!, 16)];
        const rss = /^Rss:\s+(\d+) kB/.exec(line);
        if (!rss || !range || rss[1] === '0') continue;
        for (let page = range[0] / 4096; page < range[1] / 4096; page += 4096) {
          const count = Math.min(4096, range[1] / 4096 - page);
          const read = readSync(pagemap, entry, 0, count * 8, page * 8);
          for (let i = 0; i < read / 8; i++) {
            const value = entry.readBigUInt64LE(i * 8);
            if (value >> 63n === 0n) continue; // not present
            const frame = value & ((1n << 55n) - 1n);
            if (frame === 0n) return null; // not root: the kernel hides frame numbers
            frames.add(frame);
          }
        }
      }
    } catch {
      // the process ended meanwhile
    } finally {
      closeSync(pagemap);
    }
  }
  return frames.size * 4;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const mb = (kb: number) => Math.round(kb / 102.4) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }, 15_000);
  await exited;
  clearTimeout(timer);
  // npm may leave before its children: wait until the group is empty.
  for (let i = 0; i < 150 && processGroup(child.pid!).length > 0; i++) await sleep(100);
  for (const left of processGroup(child.pid!)) process.kill(left.pid, 'SIGKILL');
}

async function measure(command: Command, start: Measurement['start'], dataDir: string): Promise<Measurement> {
  const port = await freePort();
  const logFile = join(dataDir, `${command.label.replace(/\W+/g, '-')}-${start}.log`);
  const out = openSync(logFile, 'w');
  const launched = performance.now();
  // Its own process group: everything the command starts is measured, and stopped, together.
  const child = spawn(command.argv[0]!, command.argv.slice(1), {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, BP_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
  });
  const result: Measurement = {
    command: command.label,
    start,
    healthy: false,
    secondsToHealthy: null,
    cpuSecondsToHealthy: null,
    secondsBeforeHub: null,
    rssMb: null,
    pssMb: null,
    residentMb: null,
    processes: [],
    log: logFile,
  };
  try {
    const deadline = launched + startTimeoutMs;
    while (performance.now() < deadline && child.exitCode === null) {
      if (result.secondsBeforeHub === null && command.argv[0] === 'npm') {
        if (
          processGroup(child.pid!).some((p) =>
            /^\S*(node|tsx) .*server\/(src\/main|dist\/hub)\./.test(p.command),
          )
        )
          result.secondsBeforeHub = (performance.now() - launched) / 1000;
      }
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.status === 200) {
          result.secondsToHealthy = (performance.now() - launched) / 1000;
          const group = processGroup(child.pid!);
          result.cpuSecondsToHealthy = group.reduce((sum, p) => sum + p.cpuTicks, 0) / ticksPerSecond;
          result.healthy = true;
          break;
        }
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    if (!result.healthy) return result;
    await sleep(idleSeconds * 1000);
    const samples: GroupProcess[][] = [];
    for (let i = 0; i < 5; i++) {
      samples.push(processGroup(child.pid!));
      await sleep(200);
    }
    const totals = samples.map((group) => group.reduce((sum, p) => sum + p.rssKb, 0));
    const chosen = samples[totals.indexOf(median(totals))]!;
    result.rssMb = mb(median(totals));
    result.pssMb = mb(chosen.reduce((sum, p) => sum + p.pssKb, 0));
    const distinct = distinctResidentKb(processGroup(child.pid!).map((p) => p.pid));
    result.residentMb = distinct === null ? null : mb(distinct);
    result.processes = chosen.map((p) => ({ pid: p.pid, rssMb: mb(p.rssKb), command: p.command }));
    return result;
  } finally {
    await stopGroup(child);
  }
}

console.log('Footprint: building the hub bundle (npm run build:server) …');
execFileSync('npm', ['run', 'build:server', '--silent'], { cwd: repoRoot, stdio: 'inherit' });

const measurements: Measurement[] = [];
for (const command of commands) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-footprint-'));
  try {
    for (const start of ['first', 'restart'] as const) {
      const m = await measure(command, start, dataDir);
      measurements.push(m);
      console.log(
        `  ${m.command} (${m.start}): ` +
          (m.healthy
            ? `healthy after ${m.secondsToHealthy!.toFixed(2)} s, idle RSS summed ${m.rssMb} MB, resident ${m.residentMb ?? '?'} MB (${m.processes.length} processes)`
            : `NOT healthy within ${startTimeoutMs / 1000} s; log: ${m.log}`),
      );
      if (!m.healthy) {
        console.log(readFileSync(m.log, 'utf8').split('\n').slice(-20).join('\n'));
        break;
      }
    }
  } finally {
    if (measurements.every((m) => m.healthy)) rmSync(dataDir, { recursive: true, force: true });
  }
}

const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');
console.log('');
console.log(
  `Hub start footprint (demo mode; goals: idle RSS of the group ≤ ${goalMb} MB, ≤ ${goalSeconds} s to healthy)`,
);
console.log(
  `load average ${load} on ${(await import('node:os')).cpus().length} cores: start times on a busy machine are long`,
);
console.log(
  'memory: "RSS summed" adds up each process\'s RSS and counts the pages npm and the hub share (the node binary) twice;',
);
console.log(
  '"resident" counts each physical page of the group once: the memory the group really holds, judged against the goal.',
);
console.log('');
const header = [
  'command',
  'start',
  'to healthy',
  'CPU until healthy',
  'of which before the hub',
  'RSS summed',
  'resident (distinct pages)',
  'PSS (group)',
  'goals',
];
const rows = measurements.map((m) => [
  m.command,
  m.start,
  m.healthy ? `${m.secondsToHealthy!.toFixed(2)} s` : 'NOT HEALTHY',
  m.cpuSecondsToHealthy === null ? '-' : `${m.cpuSecondsToHealthy.toFixed(2)} s`,
  m.secondsBeforeHub === null ? '-' : `${m.secondsBeforeHub.toFixed(2)} s`,
  m.rssMb === null ? '-' : `${m.rssMb} MB`,
  m.residentMb === null ? 'needs root' : `${m.residentMb} MB`,
  m.pssMb === null ? '-' : `${m.pssMb} MB`,
  !m.healthy
    ? '-'
    : `${(m.residentMb ?? m.rssMb!) <= goalMb ? 'memory met' : 'memory NOT met'}, ${m.secondsToHealthy! <= goalSeconds ? 'time met' : 'time NOT met'}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
console.log('');
for (const m of measurements.filter((x) => x.healthy && x.start === 'restart'))
  console.log(
    `${m.command}: ${m.processes.map((p) => `${p.command.slice(0, 60)} ${p.rssMb} MB`).join(' | ')}`,
  );

const resultsDir = join(repoRoot, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, 'footprint-latest.json'),
  JSON.stringify(
    { at: new Date().toISOString(), loadavg: loadavg(), goalMb, goalSeconds, measurements },
    null,
    2,
  ),
);
if (measurements.length < commands.length * 2 || measurements.some((m) => !m.healthy)) {
  console.error('A start did not become healthy.');
  process.exit(1);
}
