// Types and small helpers shared by the posting-API stand-ins (scripts/serve-fake-social.ts).
import type { IncomingMessage } from 'node:http';

/** A platform the stand-ins speak for. */
export type FakePlatform = 'mastodon' | 'bluesky' | 'linkedin' | 'x' | 'facebook';

/** One request as a stand-in saw it. */
export interface SeenRequest {
  platform: FakePlatform;
  method: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The JSON body, when there is one. */
  json?: unknown;
  /** Body size in bytes. */
  bytes: number;
  /** The status answered, or `dropped` when the connection was cut after the request was acted on. */
  answer: number | 'dropped';
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** What to do instead of answering normally. */
export interface FakeFault {
  /** Answer this status (the request is not acted on). */
  status?: number;
  headers?: Record<string, string> | (() => Record<string, string>);
  body?: unknown;
  /** Act on the request, then cut the connection without an answer. */
  drop?: boolean;
}

/** A fault for the requests that match `METHOD /path` on a platform, after the first `skip` of them; `times` defaults to 1. */
export interface FakeRule {
  platform: FakePlatform;
  route: string;
  skip?: number;
  times?: number;
  fault: FakeFault;
}

/** A post a stand-in holds, in the order made. */
export interface FakePost {
  platform: FakePlatform;
  id: string;
  body: Record<string, unknown>;
}

/** The secrets and identities the stand-ins accept. */
export interface FakeSocialOptions {
  mastodonToken: string;
  blueskyIdentifier: string;
  blueskyPassword: string;
  /** Handles `com.atproto.identity.resolveHandle` knows, with their DIDs; any other does not resolve. */
  blueskyHandles?: Record<string, string>;
  linkedinToken: string;
  linkedinOrganization: string;
  xToken: string;
  facebookPageId: string;
  facebookToken: string;
}

/** Running stand-ins. */
export interface FakeSocial {
  origins: Record<FakePlatform, string>;
  /** Every request, in arrival order. */
  requests: SeenRequest[];
  /** Every post made, in order. */
  posts: FakePost[];
  /** Uploaded images (Mastodon media, Bluesky blobs, LinkedIn images) by id, with their bytes. */
  uploads: Map<string, { mime: string; bytes: Buffer; alt?: string }>;
  faults: FakeRule[];
  /** Forgets Mastodon's idempotency keys, as a server does after an hour. */
  expireKeys(): void;
  /** The environment that points the announcer's hub accounts on Mastodon, Bluesky and LinkedIn at the stand-ins. */
  env: Record<string, string>;
  /** The environment for the hub's accounts on the given platforms only. */
  envFor(platforms: FakePlatform[]): Record<string, string>;
  close(): Promise<void>;
}

/** A stand-in's answer. */
export type Answer = { status: number; json?: unknown; headers?: Record<string, string> };
/** A stand-in's handler of one request. */
export type Handler = (req: IncomingMessage, url: URL, body: Buffer, json: unknown) => Answer | Promise<Answer>;
/** What the handlers share: the posts made and the uploads held. */
export type FakeState = { posts: FakePost[]; uploads: FakeSocial['uploads'] };

/** An error answer in the AT Protocol's and Mastodon's shape (`error`, `message`). */
export const err = (status: number, error: string, message?: string): Answer => ({ status, json: { error, ...(message ? { message } : {}) } });
/** A JSON value as an object (or an empty one). */
export const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {});
/** A JSON value as a string (or an empty one). */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
