import type { EmailJobKind } from '@/modules/platform/db/generated/enums';

// What the e-mail worker, the composer and the transports agree on. The worker (worker.ts) takes
// jobs from the queue (queue.ts), asks the composer (compose.ts) what each says, hands the result
// to a transport (transport.ts) and records the outcome in one transaction.

/** A job as the worker took it from the queue. */
export interface ClaimedEmailJob {
  id: bigint;
  recipientId: string;
  kind: EmailJobKind;
  /** INSTANT: the one notification it tells. */
  notificationId: bigint | null;
  /** DAILY / WEEKLY: the first Helsinki day of the period. */
  periodStart: Date | null;
  /** Tries before this one. */
  attempts: number;
}

/** One e-mail, ready for any transport. */
export interface ComposedEmail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The same for every try of one job, so a receiving system can drop a repeat. */
  messageId: string;
  /** List-Unsubscribe, List-Unsubscribe-Post, ... */
  headers: Record<string, string>;
}

/** What a job comes to when composed. */
export interface Composition {
  /** Null: nothing left to tell (all read in the app, the idea hidden, no address): no e-mail. */
  email: ComposedEmail | null;
  /** The notifications the e-mail tells: marked SENT with this job when the transport accepts it. */
  told: bigint[];
  /** Waited for this e-mail but will not be in it (read meanwhile, no longer visible): SKIPPED. */
  skipped: bigint[];
}

/** Why a transport refused: `permanent` (a bad address, 5xx) is recorded and never tried again. */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

export interface MailTransport {
  /** Resolves once the message is accepted; throws MailDeliveryError when it is not. */
  send(email: ComposedEmail, jobId: bigint): Promise<void>;
  close(): Promise<void>;
}
