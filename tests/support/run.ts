import { spawn } from 'node:child_process';

/** How a child process ended, with its standard output and error as one text. */
export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a Node script of the project in a child process (this run's Node), collecting its output. */
export function runNode(args: string[], opts: { cwd: string; env: Record<string, string | undefined> }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    // A process killed by a signal (a crash in native code) prints nothing of its own: say so.
    child.on('close', (code, signal) => resolve({ code, output: signal ? `${output}\n[ended by ${signal}]` : output }));
  });
}
