import type { ActivityFormat } from "./formats";

/** Logistics tasks an activity may need (MethodFinder step 5), earliest first. */
export const checklistItemKeys = [
  "budget_approved",
  "venue_booked",
  "visas_applied",
  "invitations_sent",
  "travel_booked",
  "confirmations_received",
  "appointments_confirmed",
  "embassies_informed",
  "media_informed",
  "insurance_arranged",
  "briefing_material_sent",
  "link_tested",
] as const;

/** One logistics task key. */
export type ChecklistItemKey = (typeof checklistItemKeys)[number];

/** Who normally carries a task; the facilitator can reassign it. */
export type OwnerRole = "facilitator" | "host" | "participant";

/** Every owner role, for translation checks and pickers. */
export const ownerRoles: readonly OwnerRole[] = ["facilitator", "host", "participant"];

/** Tasks of a trip to a host (visas, embassies and media are filtered by context later). */
export const tripChecklist: readonly ChecklistItemKey[] = [
  "budget_approved",
  "visas_applied",
  "invitations_sent",
  "travel_booked",
  "confirmations_received",
  "appointments_confirmed",
  "embassies_informed",
  "media_informed",
  "insurance_arranged",
  "briefing_material_sent",
];

/** A trip that also needs a booked room (a feedback session, a seminar hall). */
export const tripWithVenueChecklist: readonly ChecklistItemKey[] = [
  "venue_booked",
  ...tripChecklist,
];

/** A meeting in one place that nobody travels far to. */
export const meetingChecklist: readonly ChecklistItemKey[] = [
  "venue_booked",
  "invitations_sent",
  "confirmations_received",
  "briefing_material_sent",
];

/** A session held online: no venue, travel or visas, but a tested link. */
export const onlineChecklist: readonly ChecklistItemKey[] = [
  "invitations_sent",
  "confirmations_received",
  "briefing_material_sent",
  "link_tested",
];

interface ItemRule {
  daysBefore: number;
  owner: OwnerRole;
}

// Lead times before the start date: budget 12 weeks, venue and visas 8, invitations with the
// agenda and travel 6, confirmations 4, appointments and embassies 3, media and insurance 2,
// briefing material 1 week, the online link 2 days.
const itemRules: Record<ChecklistItemKey, ItemRule> = {
  budget_approved: { daysBefore: 84, owner: "facilitator" },
  venue_booked: { daysBefore: 56, owner: "host" },
  visas_applied: { daysBefore: 56, owner: "participant" },
  invitations_sent: { daysBefore: 42, owner: "facilitator" },
  travel_booked: { daysBefore: 42, owner: "facilitator" },
  confirmations_received: { daysBefore: 28, owner: "facilitator" },
  appointments_confirmed: { daysBefore: 21, owner: "host" },
  embassies_informed: { daysBefore: 21, owner: "facilitator" },
  media_informed: { daysBefore: 14, owner: "facilitator" },
  insurance_arranged: { daysBefore: 14, owner: "participant" },
  briefing_material_sent: { daysBefore: 7, owner: "facilitator" },
  link_tested: { daysBefore: 2, owner: "facilitator" },
};

// An online session is set up in days, not months.
const onlineDaysBefore: Partial<Record<ChecklistItemKey, number>> = {
  invitations_sent: 14,
  confirmations_received: 7,
  briefing_material_sent: 3,
};

/** What the checklist depends on besides the format. Dates are ISO "YYYY-MM-DD" (UTC). */
export interface ChecklistContext {
  /** Ministers, mayors or other high-ranking people take part: media (and embassies) are told. */
  isHighLevelDelegation: boolean;
  /** Someone crosses a border: visas, and embassies for high-level delegations. */
  isInternational: boolean;
  startsOn: string;
  today: string;
}

/** One logistics task with its due date. */
export interface ChecklistItem {
  key: ChecklistItemKey;
  /** i18n key of the task's label (namespace "catalogue"). */
  textKey: string;
  dueOn: string;
  defaultOwnerRole: OwnerRole;
  /** Due before `today`: the task is late unless already done. */
  isOverdue: boolean;
}

const dayMs = 24 * 60 * 60 * 1000;

function parseIsoDate(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const time = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${value}`);
  }
  return time;
}

/** The ISO date `days` days before `isoDate`. */
export function subtractDays(isoDate: string, days: number): string {
  return new Date(parseIsoDate(isoDate) - days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to) - parseIsoDate(from)) / dayMs);
}

function isApplicable(key: ChecklistItemKey, context: ChecklistContext): boolean {
  if (key === "visas_applied") return context.isInternational;
  if (key === "media_informed") return context.isHighLevelDelegation;
  if (key === "embassies_informed") return context.isHighLevelDelegation && context.isInternational;
  return true;
}

/** The i18n key of a checklist task's label. */
export function checklistItemTextKey(key: ChecklistItemKey): string {
  return `catalogue:checklist.items.${key}`;
}

/** The i18n key of an owner role's name. */
export function ownerRoleTextKey(role: OwnerRole): string {
  return `catalogue:checklist.ownerRoles.${role}`;
}

/**
 * The logistics checklist for one activity: the format's tasks that apply in this context,
 * each due a fixed lead time before the start date, sorted by due date. Throws RangeError on
 * a malformed date (dates are validated before they reach the domain).
 */
export function generateChecklist(
  format: ActivityFormat,
  context: ChecklistContext,
): ChecklistItem[] {
  parseIsoDate(context.today);
  const isOnline = !format.isInPerson;
  return format.checklist
    .filter((key) => isApplicable(key, context))
    .map((key) => {
      const rule = itemRules[key];
      const daysBefore = (isOnline ? onlineDaysBefore[key] : undefined) ?? rule.daysBefore;
      const dueOn = subtractDays(context.startsOn, daysBefore);
      return {
        key,
        textKey: checklistItemTextKey(key),
        dueOn,
        defaultOwnerRole: rule.owner,
        isOverdue: dueOn < context.today,
      };
    })
    .sort(
      (a, b) =>
        a.dueOn.localeCompare(b.dueOn) ||
        checklistItemKeys.indexOf(a.key) - checklistItemKeys.indexOf(b.key),
    );
}
