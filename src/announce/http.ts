import { z } from 'zod';
import { request, type HttpResponse, type RequestOptions, type RetryEvent } from '../http/request.ts';
import type { RetryPolicy } from '../http/retry.ts';

/** How the announcer's clients make requests (all through `src/http/request.ts`). */
export interface HttpContext {
  /** Time allowed for one attempt, body included. */
  timeoutMs: number;
  retry: RetryPolicy;
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Injectable for tests. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

/** A post that failed. `unsure`: the platform may have made it (no answer, or a 5xx after sending). */
export class PostError extends Error {
  override name = 'PostError';
  readonly unsure: boolean;
  constructor(message: string, unsure: boolean, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.unsure = unsure;
  }
}

/** The platform refused for now (a posting quota or rate limit reached): nothing was made, and the
 * account's posts wait in the queue for a later run; not a failure. */
export class QuotaError extends PostError {
  override name = 'QuotaError';
  constructor(message: string) {
    super(message, false);
  }
}

const remoteMessage = z.object({ error: z.string().optional(), message: z.string().optional() });

/** What a refusal says: status and the platform's own error message (its `error` and `message`, shortened). */
export function refusal(label: string, res: HttpResponse): string {
  let said = '';
  try {
    const m = remoteMessage.safeParse(JSON.parse(res.text()));
    if (m.success) said = [m.data.error, m.data.message].filter(Boolean).join(': ');
  } catch {
    // Not JSON (an HTML error page): the status says enough.
  }
  return `${label}: HTTP ${res.status}${said ? ` (${said.slice(0, 200)})` : ''}`;
}

/** The response's JSON checked against a schema; a mismatch throws, naming the request. */
export function parseJson<T extends z.ZodType>(res: HttpResponse, schema: T, label: string): z.output<T> {
  let data: unknown;
  try {
    data = JSON.parse(res.text());
  } catch {
    throw new PostError(`${label}: HTTP ${res.status} with a body that is not JSON`, false);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PostError(`${label}: unexpected answer: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`, false);
  }
  return parsed.data;
}

/** A request through `src/http/request.ts` whose failure to get any answer is a PostError marked unsure
 * (the platform may have acted before the connection failed). */
export function send(url: string, init: RequestInit, opts: RequestOptions): Promise<HttpResponse> {
  return request(url, init, opts).catch((e: unknown) => {
    throw new PostError(e instanceof Error ? e.message : String(e), true, e);
  });
}
