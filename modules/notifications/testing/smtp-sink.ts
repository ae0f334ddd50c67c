import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A real SMTP server on a random localhost port for tests: it receives what the transport sends
// and parses it with mailparser. `mode` makes it answer like a mail server in trouble.

export type SinkMode =
  | 'accept'
  /** 421 on MAIL FROM: "service not available, try later". */
  | 'busy'
  /** 550 on RCPT TO: "no such user". */
  | 'no-such-user';

export interface SmtpSink {
  readonly url: string;
  readonly port: number;
  readonly received: ParsedMail[];
  mode: SinkMode;
  /** Resolves once `count` messages in all have arrived. */
  waitFor(count: number): Promise<ParsedMail[]>;
  stop(): Promise<void>;
}

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  const waiting: { count: number; resolve: (mail: ParsedMail[]) => void }[] = [];
  const sink = { mode: 'accept' as SinkMode };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      callback(sink.mode === 'busy' ? smtpError('Service not available, try later', 421) : null);
    },
    onRcptTo(_address, _session, callback) {
      callback(sink.mode === 'no-such-user' ? smtpError('No such user here', 550) : null);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          for (const waiter of waiting.filter((entry) => received.length >= entry.count)) {
            waiting.splice(waiting.indexOf(waiter), 1);
            waiter.resolve([...received]);
          }
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    waitFor(count: number) {
      if (received.length >= count) return Promise.resolve([...received]);
      return new Promise<ParsedMail[]>((resolve) => waiting.push({ count, resolve }));
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
