import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailDeliveryError } from './email';
import { retryDelayMs, maxEmailAttempts } from './queue';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';
import { deliveryErrorOf, smtpTransport } from './transport';

describe('the SMTP transport', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.stop());

  const email = {
    to: 'laura.nieminen@test.example',
    from: 'VAU <vau@test.example>',
    subject: 'Aloitteesi sai päätöksen',
    text: 'Hei!',
    html: '<p>Hei!</p>',
    messageId: '<vau-email-41@test.example>',
    headers: {
      'List-Unsubscribe': '<http://localhost/api/notifications/unsubscribe?token=t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };

  it('sends the message with its Message-ID and the composed headers', async () => {
    const transport = smtpTransport(sink.url);
    try {
      await transport.send(email, 41n);
    } finally {
      await transport.close();
    }
    const [mail] = await sink.waitFor(1);
    expect(mail?.messageId).toBe('<vau-email-41@test.example>');
    expect(mail?.subject).toBe('Aloitteesi sai päätöksen');
    expect(mail?.text?.trim()).toBe('Hei!');
    const lines = new Map(mail?.headerLines.map(({ key, line }) => [key, line]));
    expect(lines.get('list-unsubscribe')).toBe(
      'List-Unsubscribe: <http://localhost/api/notifications/unsubscribe?token=t>',
    );
    expect(lines.get('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('calls a refused recipient permanent, and a refused connection, a timeout or a 4xx transient', () => {
    const permanent = (error: object) => deliveryErrorOf(Object.assign(new Error('x'), error)).permanent;
    for (const responseCode of [550, 551, 553, 554]) expect(permanent({ responseCode, command: 'RCPT TO' })).toBe(true);
    expect(permanent({ responseCode: 450, command: 'RCPT TO' })).toBe(false);
    expect(permanent({ responseCode: 421, command: 'MAIL FROM' })).toBe(false);
    expect(permanent({ code: 'ECONNECTION', command: 'CONN' })).toBe(false);
    expect(permanent({ code: 'ETIMEDOUT' })).toBe(false);
    expect(deliveryErrorOf(new Error('boom'))).toBeInstanceOf(MailDeliveryError);
  });
});

describe('retrying with back-off', () => {
  it('waits a minute, doubling up to an hour, with a little spread, for about three days of tries', () => {
    const none = () => 0;
    expect([1, 2, 3, 6, 7, 50].map((attempt) => retryDelayMs(attempt, none) / 60_000)).toEqual([1, 2, 4, 32, 60, 60]);
    expect(retryDelayMs(1, () => 0.999)).toBeLessThanOrEqual(72_000);
    const waited = Array.from({ length: maxEmailAttempts - 1 }, (_, index) => retryDelayMs(index + 1, none));
    const days = waited.reduce((sum, ms) => sum + ms, 0) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(3.1);
  });
});
