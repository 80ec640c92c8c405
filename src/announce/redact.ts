import { platformOf } from '../platforms/index.ts';
import type { Account } from './accounts.ts';

/** The secrets of an account: never to appear in a log line, an error or the ledger. */
export function secretsOf(a: Account): string[] {
  return platformOf(a.platform).secrets(a);
}

/** A function that blanks every given secret in a text (for log lines built from remote answers). */
export function redactor(secrets: string[]): (text: string) => string {
  const list = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
  return (text) => list.reduce((t, s) => t.split(s).join('[secret]'), text);
}
