/** A fault that stops the app at start-up: what happened, and what the operator can do about it. */
export class StartupError extends Error {
  constructor(
    readonly what: string,
    readonly hint: string,
  ) {
    super(`${what} ${hint}`);
    this.name = 'StartupError';
  }
}
