import { type ActivityFormat, getActivityFormat } from "../../../domain/catalogue/formats";
import type { Activity, CreateActivity } from "../../../shared/contracts/activities";
import type { ParticipantRole } from "../../../shared/contracts/activity-items";
import type { MemberRole } from "../../../shared/contracts/initiatives";
import type { AuthorizedActivity, AuthorizedInitiative } from "../../auth/access-gate";
import { type Actor, can } from "../../auth/policy";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { ActivityTable, LearningObjectiveTable } from "../../db/schema";
import { invalidField, notFound } from "../../errors";
import {
  computeWarnings,
  sumBudget,
  toActivityFields,
  toAgenda,
  toBudgetLine,
  toDocument,
  toObjectiveSet,
  toParticipant,
} from "./activity-view";
import { buildChecklistRows, getChecklist, insertChecklistRows } from "./checklist-service";
import { listChildren } from "./child-repo";
import { copyObjectivesForReview } from "./objective-service";
import { listParticipantRows } from "./participant-repo";
import { insertParticipantRows } from "./participant-service";
import { requireMembers, requireOrganisation } from "./reference-checks";
import { findActivity, insertActivity } from "./repo";
import { checkSchedule, defaultEndsOn, type Schedule, todayUtc } from "./schedule";

/** Who is looking at an activity: the actor and their role in the initiative. */
export type ActivityViewer = { actor: Actor; memberRole: MemberRole };

/** What a new activity may carry besides its plan: its origin and first participants. */
export type ActivityLinks = {
  sourceActivityId?: string | null;
  showcaseId?: string | null;
  participants?: readonly { personId: string; role: ParticipantRole }[];
  /** Objectives to copy in, flagged for review (a reverse visit's). */
  objectivesForReview?: readonly LearningObjectiveTable[];
};

/** One activity in full, as `viewer` may see it (permissions say what they may change). */
export async function loadActivity(
  ctx: AppContext,
  initiativeId: string,
  activityId: string,
  viewer: ActivityViewer,
): Promise<Activity> {
  const row = await findActivity(ctx.db, initiativeId, activityId, viewer.actor.personId);
  if (!row) throw notFound("Activity");
  // One after another: a page load then holds one pooled connection, not six.
  const participantRows = await listParticipantRows(ctx.db, activityId);
  const agendaRows = await listChildren(ctx.db, "activity_agenda_items", activityId);
  const budgetRows = await listChildren(ctx.db, "activity_budget_lines", activityId);
  const documentRows = await listChildren(ctx.db, "activity_documents", activityId);
  const objectiveRows = await listChildren(ctx.db, "learning_objectives", activityId);
  const checklist = await getChecklist(ctx.db, activityId);
  const participants = participantRows.map(toParticipant);
  const budgetLines = budgetRows.map(toBudgetLine);
  const objectives = toObjectiveSet(objectiveRows);
  const mine = participants.find((p) => p.personId === viewer.actor.personId);
  const resource = {
    kind: "activity" as const,
    memberRole: viewer.memberRole,
    participantRole: mine?.role ?? null,
  };
  return {
    ...toActivityFields(row),
    myParticipant: mine ? { id: mine.id, role: mine.role, rsvpStatus: mine.rsvpStatus } : null,
    permissions: {
      canPlan: can(viewer.actor, "activity.plan", resource),
      canManage: can(viewer.actor, "activity.manage", resource),
      canReviewReflection: can(viewer.actor, "reflection.review", resource),
    },
    participants,
    agenda: toAgenda(agendaRows),
    budgetLines,
    budgetTotals: sumBudget(budgetLines),
    documents: documentRows.map(toDocument),
    objectives,
    checklist,
    warnings: computeWarnings(
      row,
      participants.length,
      objectives.items.map((o) => o.text),
    ),
  };
}

/** One activity for an authorised reader. */
export function getActivity(ctx: AppContext, auth: AuthorizedActivity): Promise<Activity> {
  return loadActivity(ctx, auth.id, auth.activityId, { actor: auth.actor, memberRole: auth.role });
}

/** 400 when a theme is given that the format does not offer. */
export function checkTheme(format: ActivityFormat, theme: string | null | undefined): void {
  if (theme && !(format.themes as readonly string[]).includes(theme)) {
    throw invalidField("theme", "theme_not_for_format", "This format has no such theme");
  }
}

/** Stages as stored: distinct, ascending, JSON. */
export function sortedStages(stages: readonly number[]): string {
  return JSON.stringify([...new Set(stages)].sort());
}

function toNewRow(
  auth: AuthorizedInitiative,
  input: CreateActivity,
  format: ActivityFormat,
  schedule: Schedule,
  links: ActivityLinks,
): ActivityTable {
  const now = nowIso();
  const levels = input.levels ?? format.defaultLevels;
  return {
    id: newId(),
    initiative_id: auth.id,
    format_key: input.formatKey,
    title: input.title,
    description: input.description,
    theme: input.theme,
    status: input.status,
    starts_on: schedule.startsOn,
    ends_on: schedule.endsOn,
    start_time: schedule.startTime,
    end_time: schedule.endTime,
    time_zone: schedule.timeZone,
    host_organisation_id: input.hostOrganisationId,
    address: input.address,
    online_url: input.onlineUrl,
    levels: JSON.stringify([...new Set(levels)]),
    topics: JSON.stringify(input.topics),
    stages: sortedStages(input.stages ?? format.stages),
    has_stage_override: input.stages ? 1 : 0,
    is_international: (input.isInternational ?? format.isInPerson) ? 1 : 0,
    is_high_level: (input.isHighLevel ?? levels.includes("political")) ? 1 : 0,
    planned_participant_count: input.plannedParticipantCount,
    source_activity_id: links.sourceActivityId ?? null,
    showcase_id: links.showcaseId ?? null,
    created_by: auth.actor.personId,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

/** The first participants: as given, plus a peer who plans an activity as its host. */
function firstParticipants(auth: AuthorizedInitiative, links: ActivityLinks) {
  const given = [...(links.participants ?? [])];
  const me = auth.actor.personId;
  if (auth.role !== "facilitator" && !given.some((p) => p.personId === me)) {
    given.unshift({ personId: me, role: "host" });
  }
  return given.filter((p, i) => given.findIndex((q) => q.personId === p.personId) === i);
}

/**
 * Creates an activity from a catalogue format: the format's defaults fill what is not given,
 * and its logistics checklist is generated with due dates. Warnings come back with it.
 */
export async function createActivity(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: CreateActivity,
  links: ActivityLinks = {},
): Promise<Activity> {
  const format = getActivityFormat(input.formatKey);
  checkTheme(format, input.theme);
  const schedule = { ...input, endsOn: input.endsOn ?? defaultEndsOn(format, input.startsOn) };
  checkSchedule(schedule);
  await requireOrganisation(ctx, "hostOrganisationId", input.hostOrganisationId);
  const participants = firstParticipants(auth, links);
  await requireMembers(
    ctx,
    auth,
    "participants",
    participants.map((p) => p.personId),
  );
  const row = toNewRow(auth, input, format, schedule, links);
  await ctx.db.transaction().execute(async (trx) => {
    await insertActivity(trx, row);
    await insertParticipantRows(trx, row.id, participants);
    const owners = {
      facilitator: auth.role === "facilitator" ? auth.actor.personId : null,
      host: participants.find((p) => p.role === "host")?.personId ?? null,
    };
    const activity = {
      id: row.id,
      startsOn: row.starts_on,
      isHighLevel: row.is_high_level === 1,
      isInternational: row.is_international === 1,
    };
    await insertChecklistRows(trx, buildChecklistRows(format, activity, owners, todayUtc()));
    await copyObjectivesForReview(trx, links.objectivesForReview ?? [], row.id);
  });
  return loadActivity(ctx, auth.id, row.id, { actor: auth.actor, memberRole: auth.role });
}
