// Request ids end up in logs and the audit log: a bounded length and a charset that cannot break
// out of a log line or a report (no spaces, quotes, angle brackets or control characters).
const wellFormed = /^[A-Za-z0-9._:-]{8,128}$/;

/** The id when it is safe to store and log, otherwise null. */
export function wellFormedRequestId(value: string | null | undefined): string | null {
  return value && wellFormed.test(value) ? value : null;
}

/** Reuses an upstream request id when it is safe to log; otherwise makes a new one. */
export function requestIdFrom(upstream: string | null): string {
  return wellFormedRequestId(upstream) ?? crypto.randomUUID();
}
