import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** One mail the sink received, raw (headers and body as sent over SMTP). */
export type ReceivedMail = { from: string; to: string[]; raw: string };

/** A real SMTP server on loopback that keeps what it receives, for tests of mail delivery. */
export async function startSmtpSink(): Promise<{
  url: string;
  received: ReceivedMail[];
  waitFor: (count: number, timeoutMs?: number) => Promise<void>;
  stop: () => Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: async (count, timeoutMs = 5000) => {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until)
          throw new Error(`SMTP sink got ${received.length} of ${count} mails`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? "", "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Reads the subject and plain-text body of a received mail (RFC 2047 words, quoted-printable). */
export function readMail(mail: ReceivedMail): { subject: string; text: string } {
  const split = mail.raw.indexOf("\r\n\r\n");
  const head = mail.raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = mail.raw.slice(split + 4);
  const rawSubject = head.match(/^Subject: (.*)$/m)?.[1] ?? "";
  const subject = rawSubject
    .replace(/\?= =\?/g, "?==?")
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_m, word: string) =>
      decodeQuotedPrintable(word.replace(/_/g, " ")),
    )
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, word: string) =>
      Buffer.from(word, "base64").toString("utf8"),
    );
  const isQp = /^Content-Transfer-Encoding: quoted-printable$/im.test(head);
  return { subject, text: isQp ? decodeQuotedPrintable(body) : body };
}
