import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { enqueueMail } from "../../mail/outbox-repo";
import { mailTexts } from "../../mail/texts";
import { findAccountById } from "../people/service";
import type { Roster, StoredResult } from "./run-shapes";

/** Someone a publication leaves without a match, and whether they had answered the survey. */
export type UnmatchedNotice = { personId: string; hasAnswered: boolean };

/**
 * Whom a publication must tell that they have no match: everyone unmatched in it who is still a
 * member, except those the previous publication already left unmatched in the same way (so a
 * re-publication does not mail them twice, but a peer who lost their match is told).
 */
export function planUnmatchedNotices(
  result: StoredResult,
  previous: StoredResult | null,
  roster: Roster,
): UnmatchedNotice[] {
  const stateOf = (u: StoredResult["unmatched"][number]) =>
    `${u.peerId}:${u.reason === "no_response" ? "silent" : "answered"}`;
  const before = new Set((previous?.unmatched ?? []).map(stateOf));
  return result.unmatched
    .filter((u) => roster.has(u.peerId) && !before.has(stateOf(u)))
    .map((u) => ({ personId: u.peerId, hasAnswered: u.reason !== "no_response" }));
}

/** Mails peers with a new match that it is ready, each in their own language. */
export async function notifyMatched(
  ctx: AppContext,
  db: Db,
  auth: AuthorizedInitiative,
  initiative: { name: string },
  personIds: Iterable<string>,
) {
  for (const personId of personIds) {
    const account = await findAccountById(db, personId);
    if (!account) continue;
    const texts = mailTexts(account.locale);
    await enqueueMail(db, {
      to: account.email,
      subject: texts.matchReadySubject({ initiative: initiative.name }),
      textBody: texts.matchReadyBody({
        name: account.display_name,
        initiative: initiative.name,
        link: `${ctx.config.publicUrl}/initiatives/${auth.id}/my-match`,
      }),
      kind: "match_ready",
    });
  }
}

/**
 * Mails peers the publication left without a match, in their own language: those who answered
 * are told the facilitators know why; those who never answered are pointed to the survey.
 */
export async function notifyUnmatched(
  ctx: AppContext,
  db: Db,
  auth: AuthorizedInitiative,
  initiative: { name: string },
  notices: readonly UnmatchedNotice[],
) {
  for (const notice of notices) {
    const account = await findAccountById(db, notice.personId);
    if (!account) continue;
    const texts = mailTexts(account.locale);
    const page = notice.hasAnswered ? "my-match" : "intake";
    await enqueueMail(db, {
      to: account.email,
      subject: texts.matchNoneSubject({ initiative: initiative.name }),
      textBody: texts.matchNoneBody({
        name: account.display_name,
        initiative: initiative.name,
        link: `${ctx.config.publicUrl}/initiatives/${auth.id}/${page}`,
        hasAnswered: notice.hasAnswered,
      }),
      kind: "match_unmatched",
    });
  }
}
