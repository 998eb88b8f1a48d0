import type { FormatKey } from "../../../domain/catalogue/formats";
import type { RsvpPreview } from "../../../shared/contracts/activity-invitations";
import type { ParticipantRole, RsvpStatus } from "../../../shared/contracts/activity-items";
import type { AuthorizedActivity } from "../../auth/access-gate";
import { hashToken, newToken } from "../../auth/tokens";
import type { AppContext } from "../../context";
import { nowIso } from "../../db/ids";
import type { AgendaItemTable } from "../../db/schema";
import { AppError, invalidField, notFound } from "../../errors";
import { activityMailTexts } from "../../mail/activity-texts";
import { enqueueMail } from "../../mail/outbox-repo";
import { toAgenda } from "./activity-view";
import { listChildren } from "./child-repo";
import {
  findParticipantByTokenHash,
  listParticipantRows,
  setRsvpAnswer,
  setRsvpToken,
} from "./participant-repo";
import { isRsvpOpen } from "./participant-service";
import { type ActivityRow, findActivity } from "./repo";
import type { Schedule } from "./schedule";
import { todayUtc } from "./schedule";

/** "2027-03-15 09:00–16:00 (Europe/Stockholm)", or the dates alone for all-day activities. */
export function describeWhen(s: Schedule): string {
  const days = s.startsOn === s.endsOn ? s.startsOn : `${s.startsOn} – ${s.endsOn}`;
  if (s.startTime === null || s.endTime === null) return days;
  const span =
    s.startsOn === s.endsOn
      ? `${s.startsOn} ${s.startTime}–${s.endTime}`
      : `${s.startsOn} ${s.startTime} – ${s.endsOn} ${s.endTime}`;
  return `${span} (${s.timeZone})`;
}

/** Host organisation, address and online link, as far as known. */
export function describeWhere(a: {
  host_organisation_name: string | null;
  address: string;
  online_url: string | null;
}): string {
  return [a.host_organisation_name, a.address, a.online_url].filter((x) => x).join(", ") || "–";
}

function scheduleOf(a: ActivityRow): Schedule {
  return {
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    startTime: a.start_time,
    endTime: a.end_time,
    timeZone: a.time_zone,
  };
}

function agendaLines(rows: readonly AgendaItemTable[]): string[] {
  return toAgenda(rows).map((i) => [i.dayOn, i.startTime, i.title].filter((x) => x).join(" "));
}

/**
 * Mails each chosen participant (default: those who have not answered) an invitation with
 * the dates, place, agenda and a personal RSVP link; a new link replaces an earlier one.
 */
export async function sendInvitations(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { participantIds?: string[] | undefined },
  initiativeName: string,
): Promise<{ sent: number }> {
  const activity = await findActivity(ctx.db, auth.id, auth.activityId, auth.actor.personId);
  if (!activity) throw notFound("Activity");
  if (!isRsvpOpen(activity, todayUtc())) {
    throw new AppError("CONFLICT", "This activity is over or cancelled; no invitations");
  }
  const participants = await listParticipantRows(ctx.db, auth.activityId);
  const wanted = input.participantIds ? new Set(input.participantIds) : null;
  if (wanted && [...wanted].some((id) => !participants.some((p) => p.id === id))) {
    throw invalidField("participantIds", "unknown_participant", "Not a participant here");
  }
  const targets = participants.filter((p) =>
    wanted ? wanted.has(p.id) : p.rsvp_status === "invited",
  );
  const agenda = agendaLines(await listChildren(ctx.db, "activity_agenda_items", auth.activityId));
  const when = describeWhen(scheduleOf(activity));
  await ctx.db.transaction().execute(async (trx) => {
    for (const p of targets) {
      const token = newToken();
      await setRsvpToken(trx, p.id, hashToken(token), nowIso());
      const texts = activityMailTexts(p.locale);
      await enqueueMail(trx, {
        to: p.email,
        subject: texts.invitationSubject({ activity: activity.title, when }),
        textBody: texts.invitationBody({
          name: p.display_name,
          activity: activity.title,
          initiative: initiativeName,
          role: texts.participantRoles[p.role] ?? p.role,
          when,
          where: describeWhere(activity),
          agenda,
          link: `${ctx.config.publicUrl}/rsvp/${token}`,
        }),
        kind: "activity_invitation",
      });
    }
  });
  void ctx.mail.flush().catch(() => undefined);
  return { sent: targets.length };
}

async function findByToken(ctx: AppContext, token: string) {
  const row = await findParticipantByTokenHash(ctx.db, hashToken(token));
  if (!row) throw notFound("Invitation");
  return row;
}

/** What the holder of an RSVP link sees: the activity in brief and their answer so far. */
export async function previewRsvp(ctx: AppContext, token: string): Promise<RsvpPreview> {
  const row = await findByToken(ctx, token);
  return {
    activityId: row.activity_id,
    initiativeId: row.initiative_id,
    initiativeName: row.initiative_name,
    activityTitle: row.title,
    formatKey: row.format_key as FormatKey,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    hostOrganisationName: row.host_organisation_name,
    address: row.address,
    onlineUrl: row.online_url,
    participantName: row.display_name,
    role: row.role as ParticipantRole,
    rsvpStatus: row.rsvp_status as RsvpStatus,
    respondedAt: row.responded_at,
    isOpen: isRsvpOpen(row, todayUtc()),
  };
}

/** Accepts or declines through the mailed link (no sign-in); 409 once answers are closed. */
export async function answerRsvp(
  ctx: AppContext,
  token: string,
  response: "accepted" | "declined",
): Promise<RsvpPreview> {
  const row = await findByToken(ctx, token);
  if (!isRsvpOpen(row, todayUtc())) {
    throw new AppError("CONFLICT", "Answers to this activity are closed");
  }
  await setRsvpAnswer(ctx.db, row.id, response, nowIso());
  return previewRsvp(ctx, token);
}
