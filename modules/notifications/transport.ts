import net from 'node:net';
import nodemailer from 'nodemailer';
import type { Database } from '@/modules/platform/db/client';
import { MailDeliveryError, type ComposedEmail, type MailTransport } from './email';

// Where composed e-mail goes: an SMTP server (SMTP_URL) through a pool of connections, or, with no
// SMTP_URL (demo, development), the database mailbox admins read in the app.

/** Recipient refused for good: no such user (550, 551), a bad mailbox name (553), refused (554). */
const permanentRecipientCodes = new Set([550, 551, 553, 554]);

interface SmtpError {
  responseCode?: number;
  command?: string;
  message?: string;
}

/**
 * Only a refusal of the recipient itself is permanent; a refused connection, a timeout, a 4xx (try
 * later) or a server refusing our message or sender (our configuration, fixable) waits and retries.
 */
export function deliveryErrorOf(error: unknown): MailDeliveryError {
  const smtp = (typeof error === 'object' && error !== null ? error : {}) as SmtpError;
  const permanent =
    smtp.command === 'RCPT TO' && smtp.responseCode !== undefined && permanentRecipientCodes.has(smtp.responseCode);
  return new MailDeliveryError(smtp.message ?? String(error), permanent);
}

/** The pool's options from an smtp:// or smtps:// URL (user and password in the URL). */
function smtpOptions(url: string) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
  };
}

const connectionTimeoutMs = 15_000;

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void;

/**
 * Opens the TCP connection with Nagle's algorithm off (nodemailer leaves it on): the message's
 * last small write otherwise waits for the server's delayed ACK, about 40 ms per message on one
 * connection. nodemailer still does TLS (smtps or STARTTLS) over this socket.
 */
function openSocket({ host, port }: { host: string; port: number }, callback: SocketCallback) {
  const socket = net.connect({ host, port, noDelay: true });
  const fail = (error: Error) => {
    socket.destroy();
    callback(error);
  };
  socket.setTimeout(connectionTimeoutMs, () => fail(new Error(`connection to ${host}:${port} timed out`)));
  socket.once('error', fail);
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.removeListener('error', fail);
    callback(null, { connection: socket });
  });
}

export function smtpTransport(url: string, { maxConnections = 5 }: { maxConnections?: number } = {}): MailTransport {
  const server = smtpOptions(url);
  const mailer = nodemailer.createTransport({
    ...server,
    pool: true,
    maxConnections,
    maxMessages: 1000,
    getSocket: (_options, callback) => openSocket(server, callback),
    // Far shorter than the job's lease (queue.ts), so a hung server never outlives the claim.
    connectionTimeout: connectionTimeoutMs,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(email) {
      try {
        await mailer.sendMail({
          from: email.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: email.messageId,
          headers: email.headers,
        });
      } catch (error) {
        throw deliveryErrorOf(error);
      }
    },
    async close() {
      mailer.close();
    },
  };
}

/** Every header the message carries, as the mailbox page shows them. */
function headersOf(email: ComposedEmail): Record<string, string> {
  return { 'Message-ID': email.messageId, From: email.from, To: email.to, Subject: email.subject, ...email.headers };
}

/**
 * The database mailbox. A job tried again after a crash carries the same Message-ID; like a
 * receiving server that drops repeats, the mailbox keeps one copy per job and Message-ID.
 */
export function mailboxTransport(db: Database): MailTransport {
  return {
    async send(email, jobId) {
      const headers = JSON.stringify(headersOf(email));
      await db.$executeRaw`
        INSERT INTO mailbox_messages (job_id, to_address, from_address, subject, text, html, headers)
        SELECT ${jobId}, ${email.to}, ${email.from}, ${email.subject}, ${email.text}, ${email.html}, ${headers}::jsonb
         WHERE NOT EXISTS (SELECT 1 FROM mailbox_messages
                            WHERE job_id = ${jobId} AND headers->>'Message-ID' = ${email.messageId})`;
    },
    async close() {},
  };
}

/** SMTP when SMTP_URL is set, else the database mailbox. */
export function createTransport(db: Database, smtpUrl: string | undefined): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl) : mailboxTransport(db);
}
