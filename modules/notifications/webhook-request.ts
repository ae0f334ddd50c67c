import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { checkedLookup, WebhookAddressError, webhookUrlProblem } from './webhook-url';

// One webhook request: POST of JSON, signed, with a short timeout and no redirects followed (Node's
// http client follows none). The signature is HMAC-SHA256 with the endpoint's secret over
// `{timestamp}.{body}`, as hex, so a receiver can check both who sent it and that it is fresh:
//
//   X-VAU-Event-Id: vau-123          the same on every try of one delivery (drop repeats by it)
//   X-VAU-Timestamp: 1764230400      seconds since 1970, when this try was signed
//   X-VAU-Signature: sha256=<hex of HMAC-SHA256(secret, "1764230400." + raw body)>
//
// The receiver recomputes the HMAC over the raw body it received, compares in constant time, and
// refuses timestamps more than five minutes away from its clock (`verifyWebhookSignature`).

/** A request that has not answered in this time failed (and is retried). */
export const webhookTimeoutMs = 10_000;

/** How much of an answer's body is kept as the last error. */
const errorBodyChars = 200;

/** A new endpoint secret: 32 random bytes, shown to the admin once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The receiver's check, as documented on the admin page; used by the tests' receiver. */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  now: Date = new Date(),
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(headers.signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface WebhookRequest {
  url: string;
  secret: string;
  eventId: string;
  event: string;
  body: string;
}

/** Why a try failed, for the admins' page: the answer's status and the start of its body, or the error. */
export class WebhookDeliveryError extends Error {}

/**
 * Sends one try; resolves when the endpoint answered 2xx, else throws WebhookDeliveryError. The
 * address is checked first (an IP literal never reaches `lookup`), and again as it connects.
 */
export async function sendWebhook(request: WebhookRequest): Promise<void> {
  const problem = await webhookUrlProblem(request.url);
  if (problem) throw new WebhookDeliveryError(`address refused: ${problem}`);
  return post(request);
}

function post({ url, secret, eventId, event, body }: WebhookRequest): Promise<void> {
  const target = new URL(url);
  const timestamp = Math.floor(Date.now() / 1000);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        lookup: checkedLookup,
        timeout: webhookTimeoutMs,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'VAU-Webhooks/1',
          'x-vau-event': event,
          'x-vau-event-id': eventId,
          'x-vau-timestamp': String(timestamp),
          'x-vau-signature': webhookSignature(secret, timestamp, body),
        },
      },
      (response) => {
        let answer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (answer.length < errorBodyChars) answer += chunk;
        });
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new WebhookDeliveryError(`HTTP ${status} ${answer.slice(0, errorBodyChars)}`.trim()));
        });
        response.on('error', (error) => reject(new WebhookDeliveryError(error.message)));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer in ${webhookTimeoutMs / 1000} s`)));
    request.on('error', (error) =>
      reject(
        new WebhookDeliveryError(
          error instanceof WebhookAddressError ? `address refused: ${error.problem}` : error.message,
        ),
      ),
    );
    request.end(body);
  });
}
