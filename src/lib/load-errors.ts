import type { Problem } from '../interview/problems';

/** The thing asked for does not exist: retrying will not help. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(readonly what: string) {
    super(`${what} was not found`);
  }
}

/**
 * The site has the thing's page but not its data file (missing, or answered
 * with a page): the link is right, the site is at fault. Retrying may help
 * once the site is fixed; it is not retried by itself.
 */
export class MissingDataError extends Error {
  override name = 'MissingDataError';
  constructor(readonly what: string) {
    super(`${what} is on this site, but its data could not be loaded from the site`);
  }
}

/** The server could not be reached or failed: worth retrying. */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    message: string,
    /** No answer at all (offline, or the server is down), rather than an error status. */
    readonly unreachable = false,
  ) {
    super(message);
  }
}

/** The data arrived but is not in the expected format: retrying will not help. */
export class InvalidDataError extends Error {
  override name = 'InvalidDataError';
  constructor(
    readonly url: string,
    readonly problems: readonly Problem[],
  ) {
    super(`${url} is not valid: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
}
