import { type FormatKey, getActivityFormat } from "../../../domain/catalogue/formats";
import type { ChecklistItemKey, OwnerRole } from "../../../domain/catalogue/logistics-checklist";
import { checkActivityPlan } from "../../../domain/catalogue/plan-warnings";
import { adviseObjective, adviseObjectiveSet } from "../../../domain/objectives/advise-objective";
import type { ObjectiveLanguage } from "../../../domain/objectives/objective-types";
import type {
  Activity,
  ActivityStatus,
  ActivitySummary,
  PlanWarning,
} from "../../../shared/contracts/activities";
import type {
  ActivityDocument,
  AgendaItem,
  BudgetLine,
  ChecklistItem,
  ChecklistStatus,
  Participant,
  ParticipantRole,
  RsvpStatus,
} from "../../../shared/contracts/activity-items";
import type { LearningObjective, ObjectiveSet } from "../../../shared/contracts/activity-learning";
import type { AgendaItemTable, LearningObjectiveTable } from "../../db/schema";
import type { ChecklistRow } from "./checklist-repo";
import type { ParticipantRow } from "./participant-repo";
import type { ActivityRow } from "./repo";
import { countDurationDays } from "./schedule";

/** Shapes an activity row as a list entry. */
export function toActivitySummary(row: ActivityRow): ActivitySummary {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    formatKey: row.format_key as FormatKey,
    title: row.title,
    status: row.status as ActivityStatus,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    stages: JSON.parse(row.stages) as number[],
    hostOrganisationName: row.host_organisation_name,
    participantCount: Number(row.participant_count ?? 0),
    myParticipantRole: (row.my_role as ParticipantRole | null) ?? null,
  };
}

/** An activity's own fields (without its records, permissions and warnings). */
export function toActivityFields(row: ActivityRow) {
  return {
    ...toActivitySummary(row),
    description: row.description,
    theme: row.theme as Activity["theme"],
    hostOrganisationId: row.host_organisation_id,
    address: row.address,
    onlineUrl: row.online_url,
    levels: JSON.parse(row.levels) as Activity["levels"],
    topics: JSON.parse(row.topics) as string[],
    hasStageOverride: row.has_stage_override === 1,
    isInternational: row.is_international === 1,
    isHighLevel: row.is_high_level === 1,
    plannedParticipantCount: row.planned_participant_count,
    sourceActivityId: row.source_activity_id,
    showcaseId: row.showcase_id,
    createdBy: row.created_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Shapes a participant row. */
export function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    personId: row.person_id,
    displayName: row.display_name,
    organisationName: row.organisation_name,
    role: row.role as ParticipantRole,
    rsvpStatus: row.rsvp_status as RsvpStatus,
    invitedAt: row.invited_at,
    respondedAt: row.responded_at,
    version: row.version,
  };
}

/** Agenda items by day, then time, then position (undated and untimed last). */
export function toAgenda(rows: readonly AgendaItemTable[]): AgendaItem[] {
  const sortKey = (r: AgendaItemTable) =>
    `${r.day_on ?? "9999-99-99"} ${r.start_time ?? "99:99"} ${String(r.position).padStart(6, "0")}`;
  return [...rows]
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
    .map((r) => ({
      id: r.id,
      dayOn: r.day_on,
      startTime: r.start_time,
      endTime: r.end_time,
      title: r.title,
      notes: r.notes,
      position: r.position,
      version: r.version,
    }));
}

/** Shapes a budget line (PostgreSQL answers bigint as text). */
export function toBudgetLine(row: {
  id: string;
  label: string;
  amount_minor: number | string;
  currency: string;
  version: number;
}): BudgetLine {
  return {
    id: row.id,
    label: row.label,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    version: row.version,
  };
}

/** The budget summed per currency, by currency code. */
export function sumBudget(
  lines: readonly BudgetLine[],
): { currency: string; amountMinor: number }[] {
  const totals = new Map<string, number>();
  for (const line of lines) {
    totals.set(line.currency, (totals.get(line.currency) ?? 0) + line.amountMinor);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** Shapes a checklist row; `today` (UTC) decides whether it is overdue. */
export function toChecklistItem(row: ChecklistRow, today: string): ChecklistItem {
  return {
    id: row.id,
    key: row.item_key as ChecklistItemKey | null,
    label: row.label,
    ownerPersonId: row.owner_person_id,
    ownerName: row.owner_name,
    defaultOwnerRole: row.default_owner_role as OwnerRole | null,
    dueOn: row.due_on,
    status: row.status as ChecklistStatus,
    isOverdue: row.status === "todo" && row.due_on !== null && row.due_on < today,
    version: row.version,
  };
}

/** Objectives in their order, each with the advisor's advice, plus advice on the whole set. */
export function toObjectiveSet(rows: readonly LearningObjectiveTable[]): ObjectiveSet {
  const sorted = [...rows].sort(
    (a, b) => a.position - b.position || a.created_at.localeCompare(b.created_at),
  );
  const items: LearningObjective[] = sorted.map((row) => {
    const { parts, advice } = adviseObjective(row.text, row.lang as ObjectiveLanguage);
    const hasBuilder = row.builder_audience !== null;
    return {
      id: row.id,
      text: row.text,
      lang: parts.lang,
      builder: hasBuilder
        ? {
            stem: row.builder_stem,
            audience: row.builder_audience ?? "",
            behaviour: row.builder_behaviour ?? "",
            content: row.builder_content ?? "",
          }
        : null,
      reading: {
        stem: parts.stem,
        audience: parts.audience,
        behaviour: parts.behaviour,
        content: parts.content,
        verb: parts.verb,
      },
      advice,
      needsReview: row.needs_review === 1,
      position: row.position,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
  return { items, advice: adviseObjectiveSet(sorted.map((r) => r.text)).advice };
}

/** Where the plan contradicts its format (the catalogue's `checkActivityPlan`). */
export function computeWarnings(
  row: ActivityRow,
  participantCount: number,
  objectiveTexts: readonly string[],
): PlanWarning[] {
  const format = getActivityFormat(row.format_key as FormatKey);
  const address = row.address.trim() === "" ? null : row.address;
  return checkActivityPlan(
    {
      participantCount: row.planned_participant_count ?? (participantCount || null),
      durationDays: countDurationDays({
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        startTime: row.start_time,
        endTime: row.end_time,
        timeZone: row.time_zone,
      }),
      objectives: objectiveTexts,
      startsOn: row.starts_on,
      preparationStartsOn: row.created_at.slice(0, 10),
      place: address ?? row.host_organisation_name,
      venue: format.isInPerson ? null : address,
    },
    format,
  );
}

/** Shapes a document row. */
export function toDocument(row: {
  id: string;
  title: string;
  url: string | null;
  note: string;
  version: number;
  created_at: string;
}): ActivityDocument {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
  };
}
