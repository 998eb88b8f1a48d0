import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../db/database";
import {
  findMailsCreatedAfter,
  findUnsentMails,
  markMailFailed,
  markMailSent,
} from "./outbox-repo";

const MAX_ATTEMPTS = 5;

/** Where mail goes: a real SMTP server, or nowhere but the outbox (read by admins in the app). */
export type MailSender = {
  /** Sends what is waiting in the outbox; safe to call often, never runs twice at once. */
  flush: () => Promise<void>;
  /** Stops the periodic flush. */
  stop: () => void;
};

/**
 * Drains the outbox through SMTP when `smtpUrl` is set (every few seconds and on demand).
 * Without SMTP, mails stay in the outbox and, in development, are printed to the console.
 */
export function startMailSender(
  db: Db,
  options: {
    smtpUrl: string | null;
    from: string;
    log: (line: string) => void;
    intervalMs?: number;
  },
): MailSender {
  const transport: Transporter | null = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : null;
  let running: Promise<void> | null = null;
  let printedUpTo = "";

  async function drain(): Promise<void> {
    if (!transport) {
      // No SMTP: the outbox is the delivery; print new mails once for developers.
      for (const mail of await findMailsCreatedAfter(db, printedUpTo)) {
        printedUpTo = mail.created_at;
        options.log(`mail to ${mail.to_address}: ${mail.subject}\n${mail.text_body}`);
      }
      return;
    }
    const batch = await findUnsentMails(db, 20, MAX_ATTEMPTS);
    for (const mail of batch) {
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
        });
        await markMailSent(db, mail.id);
      } catch (error) {
        await markMailFailed(db, mail.id, String(error));
      }
    }
  }

  const flush = (): Promise<void> => {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    flush().catch((e) => options.log(`mail flush failed: ${String(e)}`));
  }, options.intervalMs ?? 5000);
  timer.unref();
  return {
    flush,
    stop: () => {
      clearInterval(timer);
      transport?.close();
    },
  };
}
