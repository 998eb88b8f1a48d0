import type { AuthorizedActivity, AuthorizedInitiative } from "../../auth/access-gate";
import { hashToken, newToken } from "../../auth/tokens";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import { notFound } from "../../errors";
import { activityMailTexts } from "../../mail/activity-texts";
import { findAccountById } from "../people/service";
import { type CalendarEvent, renderCalendar } from "./calendar";
import {
  deleteFeed,
  findFeed,
  findFeedByTokenHash,
  listObjectiveTexts,
  replaceFeed,
} from "./calendar-repo";
import { type ActivityRow, findActivity, listInitiativeActivities } from "./repo";

const statusOf: Record<string, CalendarEvent["status"]> = {
  planned: "TENTATIVE",
  confirmed: "CONFIRMED",
  completed: "CONFIRMED",
  cancelled: "CANCELLED",
};

/** An activity as a calendar event; the description lists its learning objectives. */
function toEvent(
  ctx: AppContext,
  row: ActivityRow,
  objectives: readonly string[],
  locale: string,
): CalendarEvent {
  const link = `${ctx.config.publicUrl}/initiatives/${row.initiative_id}/activities/${row.id}`;
  const goals =
    objectives.length > 0
      ? [`${activityMailTexts(locale).calendarObjectives}:`, ...objectives.map((o) => `- ${o}`)]
      : [];
  const description = [row.description, goals.join("\n"), link].filter((x) => x).join("\n\n");
  const place = [row.host_organisation_name, row.address].filter((x) => x).join(", ");
  return {
    uid: `${row.id}@kollega`,
    sequence: row.version - 1,
    summary: row.title,
    description,
    location: place === "" ? null : place,
    url: row.online_url,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    status: statusOf[row.status] ?? "TENTATIVE",
    lastModified: row.updated_at,
  };
}

async function toEvents(ctx: AppContext, rows: readonly ActivityRow[], locale: string) {
  const objectives = await listObjectiveTexts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toEvent(
      ctx,
      row,
      objectives.filter((o) => o.activity_id === row.id).map((o) => o.text),
      locale,
    ),
  );
}

/** A file name for the download: the title's letters and digits, or "activity". */
function fileNameOf(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${slug || "activity"}.ics`;
}

/** One activity as an iCalendar file (RFC 5545) for the asking reader. */
export async function exportActivityCalendar(
  ctx: AppContext,
  auth: AuthorizedActivity,
): Promise<{ fileName: string; body: string }> {
  const row = await findActivity(ctx.db, auth.id, auth.activityId, auth.actor.personId);
  if (!row) throw notFound("Activity");
  const locale = (await findAccountById(ctx.db, auth.actor.personId))?.locale ?? "en";
  const events = await toEvents(ctx, [row], locale);
  return {
    fileName: fileNameOf(row.title),
    body: renderCalendar(events, { name: null, now: new Date() }),
  };
}

/** Whether the asking member has a calendar feed for this initiative. */
export async function getFeedStatus(ctx: AppContext, auth: AuthorizedInitiative) {
  const feed = await findFeed(ctx.db, auth.id, auth.actor.personId);
  return { exists: feed !== undefined, createdAt: feed?.created_at ?? null };
}

/**
 * Creates (or rotates) the asking member's secret feed URL for this initiative; the old URL
 * stops working. Only the token's hash is stored, so the URL is shown this once.
 */
export async function createFeed(ctx: AppContext, auth: AuthorizedInitiative) {
  const token = newToken();
  const createdAt = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await replaceFeed(trx, {
      id: newId(),
      initiative_id: auth.id,
      person_id: auth.actor.personId,
      token_hash: hashToken(token),
      created_at: createdAt,
    });
  });
  return { url: `${ctx.config.publicUrl}/api/calendar/${token}.ics`, createdAt };
}

/** Revokes the asking member's feed. */
export async function revokeFeed(ctx: AppContext, auth: AuthorizedInitiative): Promise<void> {
  await deleteFeed(ctx.db, auth.id, auth.actor.personId);
}

/**
 * The subscribable feed behind a secret token: for a facilitator every activity of the
 * initiative, for anyone else those they take part in and have not declined. Unknown tokens,
 * and tokens of people who have left the initiative, get 404.
 */
export async function exportFeed(ctx: AppContext, token: string): Promise<string> {
  const feed = await findFeedByTokenHash(ctx.db, hashToken(token));
  if (!feed) throw notFound("Calendar feed");
  const onlyTakingPart = feed.role !== "facilitator";
  const rows = await listInitiativeActivities(
    ctx.db,
    feed.initiative_id,
    feed.person_id,
    onlyTakingPart,
  );
  const events = await toEvents(ctx, rows, feed.locale);
  return renderCalendar(events, { name: feed.initiative_name, now: new Date() });
}
