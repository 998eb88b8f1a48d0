import { useEffect, useRef } from "preact/hooks";
import type { OutboxMessage } from "../../../shared/contracts/mail-outbox";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { formatDateTime } from "../../ui/format";
import { splitLinks } from "./link-segments";

/** The status of a message in words: sent, waiting, or failing with its attempts. */
export function statusKeyOf(message: OutboxMessage): string {
  if (message.sentAt) return "admin:outbox.status.sent";
  return message.lastError ? "admin:outbox.status.failing" : "admin:outbox.status.waiting";
}

/** One outbox message as text, with its web links clickable; takes focus when opened. */
export function MessageView({ message, onClose }: { message: OutboxMessage; onClose: () => void }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [message.id]);
  return (
    <article class="card message" aria-labelledby="message-subject">
      <h2 id="message-subject" class="card__title" tabIndex={-1} ref={headingRef}>
        {message.subject}
      </h2>
      <dl class="facts facts--compact">
        <dt>{t("admin:outbox.to")}</dt>
        <dd>{message.to}</dd>
        <dt>{t("admin:outbox.created")}</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt>{t("admin:outbox.statusTitle")}</dt>
        <dd>
          {t(statusKeyOf(message), { attempts: message.attempts })}
          {message.lastError ? ` (${message.lastError})` : ""}
        </dd>
      </dl>
      <div class="message__body" data-testid="message-body">
        {splitLinks(message.textBody).map((segment, i) =>
          segment.href ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text, never reordered.
            <a key={i} href={segment.href}>
              {segment.text}
            </a>
          ) : (
            segment.text
          ),
        )}
      </div>
      <Button variant="secondary" onClick={onClose}>
        {t("admin:outbox.close")}
      </Button>
    </article>
  );
}
