const wellFormed = /^[A-Za-z0-9._:-]{8,128}$/;

/** Reuses an upstream request id when it is safe to log; otherwise makes a new one. */
export function requestIdFrom(upstream: string | null): string {
  return upstream && wellFormed.test(upstream) ? upstream : crypto.randomUUID();
}
