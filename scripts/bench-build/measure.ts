// Runs a command as a child process and measures its wall time and memory. Memory comes from
// /proc (Linux): every `intervalMs` the VmRSS of the child's process tree (the child and all its
// descendants, e.g. Pagefind's binary; the tree is listed again every tenth sample) is summed; the
// peak of that sum is the tree's peak RSS, sampled. Each process's VmHWM (its own exact peak) is
// kept as well.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/** What a measured run produced. */
export interface Measured {
  code: number | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  ms: number;
  /** Highest sampled sum of VmRSS over the process tree, in KiB. */
  peakTreeRssKb: number;
  /** Highest VmHWM seen of any single process of the tree, in KiB. */
  peakProcessHwmKb: number;
  /** Number of samples taken. */
  samples: number;
}

/** `VmRSS`, `VmHWM` (KiB) and the parent pid of a process, or undefined once it has gone. */
async function procInfo(pid: number): Promise<{ ppid: number; rss: number; hwm: number } | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { ppid: field('PPid'), rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/** `root` and its descendants, from a scan of every process's parent. */
async function processTree(root: number): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((n) => /^\d+$/.test(n)).map(Number);
  const children = new Map<number, number[]>();
  await Promise.all(
    pids.map(async (pid) => {
      const info = await procInfo(pid);
      if (info) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
    }),
  );
  const tree: number[] = [];
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Sum of VmRSS and highest VmHWM over `pids`. */
async function treeMemory(pids: number[]): Promise<{ rss: number; hwm: number }> {
  const infos = await Promise.all(pids.map(procInfo));
  return { rss: infos.reduce((n, i) => n + (i?.rss ?? 0), 0), hwm: Math.max(0, ...infos.map((i) => i?.hwm ?? 0)) };
}

/** The process tree is scanned again every this many samples: scanning every process of the machine
 * ten times a second took CPU from the build it measured; the tree's own few processes are cheap to read. */
const RESCAN_EVERY = 10;

/** Runs `command args` with `env` in `cwd`, sampling its process tree's memory every `intervalMs`; `signal` stops it. */
export function measureRun(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number; signal?: AbortSignal },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let output = '';
    let peakTreeRssKb = 0;
    let peakProcessHwmKb = 0;
    let samples = 0;
    let sampling = false;
    let tree: number[] = [];
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const sample = async () => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      try {
        if (samples % RESCAN_EVERY === 0) tree = await processTree(child.pid);
        const m = await treeMemory(tree);
        peakTreeRssKb = Math.max(peakTreeRssKb, m.rss);
        peakProcessHwmKb = Math.max(peakProcessHwmKb, m.hwm);
        samples++;
      } finally {
        sampling = false;
      }
    };
    const timer = setInterval(() => void sample(), options.intervalMs ?? 100);
    child.on('error', (e) => {
      // Stopped by the signal: wait for 'close', so that nothing writes once the caller cleans up.
      if (options.signal?.aborted) return;
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (options.signal?.aborted) reject(new Error('stopped', { cause: options.signal.reason }));
      else resolve({ code, output, ms: performance.now() - started, peakTreeRssKb, peakProcessHwmKb, samples });
    });
  });
}
