/** Base of every error the IPEX client raises: the message names the request. */
export class IpexError extends Error {
  override name = 'IpexError';
  /** The URL requested (with `appLng`), and the page when there is one. */
  readonly url: string;
  constructor(url: string, message: string, options?: { cause?: unknown }) {
    super(`${url}: ${message}`, options);
    this.url = url;
  }
}

/** A request that still failed after its retries: an HTTP status, a timeout or a network error. */
export class IpexFetchError extends IpexError {
  override name = 'IpexFetchError';
  /** The last HTTP status, or undefined when no response came (timeout, network). */
  readonly status: number | undefined;
  /** How many attempts were made. */
  readonly attempts: number;
  constructor(url: string, message: string, status: number | undefined, attempts: number, cause?: unknown) {
    super(url, `${message} (${attempts} attempt${attempts > 1 ? 's' : ''})`, { cause });
    this.status = status;
    this.attempts = attempts;
  }
}

/** A response that is not the documented JSON shape (truncated, HTML error page, no `hits.hits`). */
export class IpexParseError extends IpexError {
  override name = 'IpexParseError';
}
