import type { SnapshotKind } from '../model/vocabulary.ts';
import type { RetryEvent } from '../ipex/client.ts';
import type { KindReport } from './types.ts';

/** Where a run reports what it is doing. */
export interface Progress {
  page(kind: SnapshotKind, lang: string, page: number, hits: number): void;
  retry(event: RetryEvent): void;
  done(kind: SnapshotKind, report: KindReport): void;
}

/** A progress reporter that says nothing (library use, tests). */
export const silentProgress: Progress = { page() {}, retry() {}, done() {} };

interface KindState {
  pages: number;
  hits: number;
  end?: string;
}

/** Plain log lines, one per event: for CI logs and pipes. */
export function lineProgress(write: (line: string) => void): Progress {
  return {
    page: (kind, lang, page, hits) => write(`${kind} ${lang}: page ${page}, ${hits} hits`),
    retry: (e) => write(`retry ${e.retry} in ${e.delayMs} ms${e.retryAfter ? ' (Retry-After)' : ''}: ${e.reason}: ${e.url}`),
    done: (kind, r) => write(`${kind}: ${r.status}, ${r.total} items kept, ${r.skipped.length} skipped${r.reason ? `: ${r.reason}` : ''}`),
  };
}

/** One live line per kind, redrawn in place: for terminals. */
export function terminalProgress(stream: NodeJS.WriteStream, kinds: SnapshotKind[]): Progress {
  const state = new Map<SnapshotKind, KindState>(kinds.map((k) => [k, { pages: 0, hits: 0 }]));
  let drawn = 0;
  const draw = () => {
    const width = Math.max(20, (stream.columns || 80) - 1);
    const lines = kinds.map((k) => {
      const s = state.get(k) ?? { pages: 0, hits: 0 };
      return `${k.padEnd(6)} ${s.end ?? `${s.pages} pages, ${s.hits} hits…`}`.slice(0, width);
    });
    stream.write(`${drawn ? `\x1b[${drawn}A` : ''}${lines.map((l) => `\x1b[2K${l}\n`).join('')}`);
    drawn = lines.length;
  };
  return {
    page: (kind, _lang, _page, hits) => {
      const s = state.get(kind);
      if (s) {
        s.pages += 1;
        s.hits += hits;
      }
      draw();
    },
    retry: () => {},
    done: (kind, r) => {
      const s = state.get(kind);
      if (s) s.end = `${s.pages} pages: ${r.status}, ${r.total} items kept, ${r.skipped.length} skipped`;
      draw();
    },
  };
}
