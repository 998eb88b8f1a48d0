import type { OutboxMessage } from "../../../shared/contracts/mail-outbox";
import type { AppContext } from "../../context";
import { listMails } from "../../mail/outbox-repo";

/** A page of the mail outbox for admins. */
export async function findOutboxMessages(
  ctx: AppContext,
  page: { limit: number; offset: number; to?: string | undefined },
): Promise<{ items: OutboxMessage[]; total: number; limit: number; offset: number }> {
  const { rows, total } = await listMails(ctx.db, page);
  const items = rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    textBody: r.text_body,
    kind: r.kind,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    attempts: r.attempts,
    lastError: r.last_error,
  }));
  return { items, total, limit: page.limit, offset: page.offset };
}
