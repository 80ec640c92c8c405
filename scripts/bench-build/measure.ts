// Runs a command as a child process and measures its wall time and memory. Memory comes from
// /proc (Linux): every `intervalMs` the child's process tree (the child and all its descendants,
// e.g. Pagefind's binary) is listed and the VmRSS of its processes summed; the peak of that sum is
// the tree's peak RSS, sampled. Each process's VmHWM (its own exact peak) is kept as well.
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

/** Sum of VmRSS and highest VmHWM over `root` and its descendants. */
async function treeMemory(root: number): Promise<{ rss: number; hwm: number }> {
  const pids = (await readdir('/proc')).filter((n) => /^\d+$/.test(n)).map(Number);
  const infos = new Map<number, { ppid: number; rss: number; hwm: number }>();
  await Promise.all(
    pids.map(async (pid) => {
      const info = await procInfo(pid);
      if (info) infos.set(pid, info);
    }),
  );
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of infos) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let rss = 0;
  let hwm = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    const info = infos.get(pid);
    if (info) {
      rss += info.rss;
      hwm = Math.max(hwm, info.hwm);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, hwm };
}

/** Runs `command args` with `env` in `cwd`, sampling its process tree's memory every `intervalMs`; `signal` stops it. */
export function measureRun(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number; signal?: AbortSignal }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], ...(options.signal ? { signal: options.signal } : {}) });
    let output = '';
    let peakTreeRssKb = 0;
    let peakProcessHwmKb = 0;
    let samples = 0;
    let sampling = false;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const sample = async () => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      try {
        const m = await treeMemory(child.pid);
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
