import type { ActivityFormat } from "../../../domain/catalogue/formats";
import { type FormatKey, getActivityFormat } from "../../../domain/catalogue/formats";
import { countDaysBetween } from "../../../domain/catalogue/logistics-checklist";
import type {
  Activity,
  ActivitySummary,
  UpdateActivity,
} from "../../../shared/contracts/activities";
import type { AuthorizedActivity, AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { ActivityTable } from "../../db/schema";
import { notFound, staleVersion } from "../../errors";
import { checkTheme, getActivity, sortedStages } from "./activity-service";
import { toActivitySummary } from "./activity-view";
import { shiftOpenItems } from "./checklist-service";
import { requireOrganisation } from "./reference-checks";
import {
  type ActivityFilter,
  type ActivityRow,
  deleteActivityRow,
  findActivity,
  listActivityPage,
  listInitiativeActivities,
  updateActivityIfVersion,
} from "./repo";
import { checkSchedule, type Schedule } from "./schedule";

function mergeSchedule(row: ActivityRow, input: UpdateActivity): Schedule {
  return {
    startsOn: input.startsOn ?? row.starts_on,
    endsOn: input.endsOn ?? row.ends_on,
    startTime: input.startTime !== undefined ? input.startTime : row.start_time,
    endTime: input.endTime !== undefined ? input.endTime : row.end_time,
    timeZone: input.timeZone ?? row.time_zone,
  };
}

const bit = (value: boolean) => (value ? 1 : 0);

function toChanges(input: UpdateActivity, format: ActivityFormat): Partial<ActivityTable> {
  const c: Partial<ActivityTable> = {};
  if (input.title !== undefined) c.title = input.title;
  if (input.description !== undefined) c.description = input.description;
  if (input.theme !== undefined) c.theme = input.theme;
  if (input.status !== undefined) c.status = input.status;
  if (input.startsOn !== undefined) c.starts_on = input.startsOn;
  if (input.endsOn !== undefined) c.ends_on = input.endsOn;
  if (input.startTime !== undefined) c.start_time = input.startTime;
  if (input.endTime !== undefined) c.end_time = input.endTime;
  if (input.timeZone !== undefined) c.time_zone = input.timeZone;
  if (input.hostOrganisationId !== undefined) c.host_organisation_id = input.hostOrganisationId;
  if (input.address !== undefined) c.address = input.address;
  if (input.onlineUrl !== undefined) c.online_url = input.onlineUrl;
  if (input.levels !== undefined) c.levels = JSON.stringify([...new Set(input.levels)]);
  if (input.topics !== undefined) c.topics = JSON.stringify(input.topics);
  if (input.stages !== undefined) {
    c.stages = sortedStages(input.stages ?? format.stages);
    c.has_stage_override = bit(input.stages !== null);
  }
  if (input.isInternational !== undefined) c.is_international = bit(input.isInternational);
  if (input.isHighLevel !== undefined) c.is_high_level = bit(input.isHighLevel);
  if (input.plannedParticipantCount !== undefined) {
    c.planned_participant_count = input.plannedParticipantCount;
  }
  return c;
}

/**
 * Edits an activity (the format stays). Moving the start date moves the open checklist tasks
 * by the same number of days. A stale `version` gets 409.
 */
export async function updateActivity(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: UpdateActivity,
): Promise<Activity> {
  const current = await findActivity(ctx.db, auth.id, auth.activityId, auth.actor.personId);
  if (!current) throw notFound("Activity");
  const format = getActivityFormat(current.format_key as FormatKey);
  const schedule = mergeSchedule(current, input);
  checkSchedule(schedule);
  checkTheme(format, input.theme);
  await requireOrganisation(ctx, "hostOrganisationId", input.hostOrganisationId);
  const changes = toChanges(input, format);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateActivityIfVersion(trx, auth.activityId, input.version, changes))) {
      throw staleVersion("This activity");
    }
    const moved = countDaysBetween(current.starts_on, schedule.startsOn);
    await shiftOpenItems(trx, auth.activityId, moved);
  });
  return getActivity(ctx, auth);
}

/** Deletes an activity with everything planned for it (the web app asks for confirmation). */
export async function deleteActivity(ctx: AppContext, auth: AuthorizedActivity): Promise<void> {
  await deleteActivityRow(ctx.db, auth.activityId);
}

/** A page of the initiative's activities (any member), optionally of one stage or status. */
export async function listActivities(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  filter: ActivityFilter,
): Promise<{ items: ActivitySummary[]; total: number; limit: number; offset: number }> {
  const { rows, total } = await listActivityPage(ctx.db, auth.id, auth.actor.personId, filter);
  return { items: rows.map(toActivitySummary), total, limit: filter.limit, offset: filter.offset };
}

/**
 * The initiative's timeline: its activities under each of the four stages they serve (the
 * format's stages or the override), earliest first; one serving two stages shows under both.
 */
export async function getTimeline(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<{ stages: { stage: number; activities: ActivitySummary[] }[] }> {
  const rows = await listInitiativeActivities(ctx.db, auth.id, auth.actor.personId, false);
  const summaries = rows.map(toActivitySummary);
  return {
    stages: [1, 2, 3, 4].map((stage) => ({
      stage,
      activities: summaries.filter((a) => a.stages.includes(stage)),
    })),
  };
}
