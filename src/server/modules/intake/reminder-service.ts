import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { nowIso } from "../../db/ids";
import { AppError } from "../../errors";
import { enqueueMail } from "../../mail/outbox-repo";
import { mailTexts } from "../../mail/texts";
import { getInitiative } from "../initiatives/service";
import { getMembers } from "../members/service";
import { findAccountById } from "../people/service";
import { findSurvey, listResponses } from "./repo";
import { recordReminders } from "./service";

/**
 * Mails the peers who have not answered (all of them, or those named) a reminder in their own
 * language with the due date and a link to the survey. Only while the survey is open (409).
 * Names that are not peers of the initiative get 400; peers who answered are skipped.
 */
export async function sendReminders(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: { personIds?: string[] | undefined },
): Promise<{ reminded: number; personIds: string[] }> {
  const initiative = await getInitiative(ctx, auth);
  const peers = (await getMembers(ctx, auth)).filter((m) => m.role === "peer");
  const peerIds = new Set(peers.map((p) => p.personId));
  const unknown = (input.personIds ?? []).findIndex((id) => !peerIds.has(id));
  if (unknown >= 0) {
    const path = `personIds.${unknown}`;
    const message = "Not a peer of this initiative";
    throw new AppError("INVALID", message, [{ path, code: "not_a_peer", message }]);
  }
  const wanted = input.personIds ? new Set(input.personIds) : peerIds;
  const reminded = await ctx.db.transaction().execute(async (trx) => {
    const survey = await findSurvey(trx, auth.id);
    if (survey?.status !== "open") {
      throw new AppError("CONFLICT", "Open the survey before sending reminders");
    }
    const answered = new Set((await listResponses(trx, auth.id)).map((r) => r.person_id));
    const targets = peers.filter((p) => wanted.has(p.personId) && !answered.has(p.personId));
    for (const peer of targets) {
      const account = await findAccountById(trx, peer.personId);
      if (!account) continue;
      const texts = mailTexts(account.locale);
      await enqueueMail(trx, {
        to: account.email,
        subject: texts.intakeReminderSubject({ initiative: initiative.name }),
        textBody: texts.intakeReminderBody({
          name: account.display_name,
          initiative: initiative.name,
          due: survey.due_on ?? "",
          link: `${ctx.config.publicUrl}/initiatives/${auth.id}/intake`,
        }),
        kind: "intake_reminder",
      });
    }
    if (targets.length > 0) await recordReminders(trx, auth, nowIso());
    return targets.map((p) => p.personId);
  });
  void ctx.mail.flush().catch(() => undefined);
  return { reminded: reminded.length, personIds: reminded };
}
