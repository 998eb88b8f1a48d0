import { type FormatKey, getActivityFormat } from "../../../domain/catalogue/formats";
import {
  checklistItemTextKey,
  ownerRoleTextKey,
} from "../../../domain/catalogue/logistics-checklist";
import type { ActivityStatus } from "../../../shared/contracts/activities";
import type {
  ChecklistItem,
  ChecklistStatus,
  ParticipantRole,
  RsvpStatus,
} from "../../../shared/contracts/activity-items";

/** i18n keys of the activity statuses; also the option order of status selects. */
export const activityStatusKeys = {
  planned: "activities:status.planned",
  confirmed: "activities:status.confirmed",
  completed: "activities:status.completed",
  cancelled: "activities:status.cancelled",
} as const satisfies Record<ActivityStatus, string>;

/** i18n keys of the roles within one activity; also the option order of role selects. */
export const participantRoleKeys = {
  host: "activities:role.host",
  visiting_peer: "activities:role.visiting_peer",
  moderator: "activities:role.moderator",
  expert: "activities:role.expert",
} as const satisfies Record<ParticipantRole, string>;

/** i18n keys of the answers to an invitation. */
export const rsvpStatusKeys = {
  invited: "activities:rsvp.invited",
  accepted: "activities:rsvp.accepted",
  declined: "activities:rsvp.declined",
} as const satisfies Record<RsvpStatus, string>;

/** i18n keys of the states of a logistics task; also the option order of the status select. */
export const checklistStatusKeys = {
  todo: "activities:checklist.status.todo",
  done: "activities:checklist.status.done",
  not_needed: "activities:checklist.status.not_needed",
} as const satisfies Record<ChecklistStatus, string>;

/** Hierarchical levels an activity can address, in display order. */
export const levelKeys = {
  political: "activities:level.political",
  managerial: "activities:level.managerial",
  technical: "activities:level.technical",
} as const;

/** A hierarchical level. */
export type Level = keyof typeof levelKeys;

/** The four stages of the process map with their names and one-line purpose. */
export const stageKeys = {
  1: { name: "activities:stage.1.name", summary: "activities:stage.1.summary" },
  2: { name: "activities:stage.2.name", summary: "activities:stage.2.summary" },
  3: { name: "activities:stage.3.name", summary: "activities:stage.3.summary" },
  4: { name: "activities:stage.4.name", summary: "activities:stage.4.summary" },
} as const;

/** A stage number 1..4. */
export type Stage = keyof typeof stageKeys;

/** The stages in order. */
export const stageOrder: Stage[] = [1, 2, 3, 4];

/** The stage's i18n keys; unknown numbers fall back to stage 1 (the contract allows only 1..4). */
export function stageKeysOf(stage: number): { name: string; summary: string } {
  return stageKeys[stage as Stage] ?? stageKeys[1];
}

/** The i18n key (namespace "catalogue") of a format's name. */
export function formatNameKey(format: FormatKey): string {
  return getActivityFormat(format).texts.name;
}

/** The label key of a checklist task: the catalogue's text, or null for a task added by hand. */
export function checklistLabelKey(item: Pick<ChecklistItem, "key">): string | null {
  return item.key === null ? null : checklistItemTextKey(item.key);
}

/** The i18n key of who normally carries a catalogue task. */
export function ownerRoleKey(role: NonNullable<ChecklistItem["defaultOwnerRole"]>): string {
  return ownerRoleTextKey(role);
}

/** Typed keys of a label map, in its order (for select options and checkboxes). */
export function keysOf<K extends string>(map: Record<K, unknown>): K[] {
  return Object.keys(map) as K[];
}
