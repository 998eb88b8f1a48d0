import {
  type ChecklistItemKey,
  meetingChecklist,
  onlineChecklist,
  tripChecklist,
  tripWithVenueChecklist,
} from "./logistics-checklist";

/** The guides in /work/shared/reference that catalogue entries follow. */
export const sourceGuides = {
  icld_toolbox: { file: "000_e72d5b15a97cbffa.txt", nameKey: "catalogue:sources.icld_toolbox" },
  methodfinder: { file: "004_65da397dce0d047a.txt", nameKey: "catalogue:sources.methodfinder" },
} as const;

/** Which guide an entry follows. */
export type SourceGuide = keyof typeof sourceGuides;

/** A peer's hierarchical level in the home organisation. */
export type HierarchicalLevel = "political" | "managerial" | "technical";

/** A stage of the EIP peer learning process map (1 foundational ... 4 change at scale). */
export type ProcessStage = 1 | 2 | 3 | 4;

/** Themes the ICLD toolbox suggests for thematic study visits. */
export const studyVisitThemes = [
  "localising_global_goals",
  "gender_mainstreaming",
  "political_leadership",
] as const;

/** One study-visit theme key. */
export type StudyVisitTheme = (typeof studyVisitThemes)[number];

/** Every activity format in the catalogue. */
export const formatKeys = [
  "peer_visit",
  "study_visit",
  "work_shadowing",
  "peer_learning_workshop",
  "structured_peer_assessment",
  "delegation_visit",
  "study_tour",
  "seminar",
  "conference",
  "pilot_area_visit",
  "fair",
  "online_session",
  "lessons_learnt_workshop",
  "reverse_visit",
] as const;

/** One activity format key. */
export type FormatKey = (typeof formatKeys)[number];

/** An inclusive typical range; a plan outside it gets a warning, never a refusal. */
export interface TypicalRange {
  min: number;
  max: number;
}

/** i18n keys (namespace "catalogue") of a format's texts. */
export interface FormatTextKeys {
  name: string;
  guidance: string;
  watchFor: string;
  /** The default learning-objective stem phrase ("After the study visit"). */
  objectiveStem: string;
}

/** One activity format: what it is for, its typical shape and the logistics it needs. */
export interface ActivityFormat {
  key: FormatKey;
  source: SourceGuide;
  participants: TypicalRange;
  /** Days; half a day is 0.5. */
  durationDays: TypicalRange;
  stages: readonly ProcessStage[];
  defaultLevels: readonly HierarchicalLevel[];
  isInPerson: boolean;
  /** Weeks of preparation the format normally needs before it starts. */
  minPreparationWeeks: number;
  texts: FormatTextKeys;
  themes: readonly StudyVisitTheme[];
  /** Logistics tasks before context filtering (visas only abroad, media only for high-level). */
  checklist: readonly ChecklistItemKey[];
}

type FormatShape = Omit<ActivityFormat, "key" | "texts" | "themes"> & {
  themes?: readonly StudyVisitTheme[];
};

const allLevels: readonly HierarchicalLevel[] = ["political", "managerial", "technical"];

// Typical figures: the guides give work shadowing (1-2 people, 1-2 days), study tours (about
// 10-20 people), conferences and seminars (1-5 days), study visits (half a day to a day) and the
// peer visit's 3-5 months of preparation; the other figures are our planning defaults.
const shapes: Record<FormatKey, FormatShape> = {
  peer_visit: {
    source: "icld_toolbox",
    participants: { min: 3, max: 8 },
    durationDays: { min: 1, max: 3 },
    stages: [2, 3],
    defaultLevels: ["managerial", "technical"],
    isInPerson: true,
    minPreparationWeeks: 13,
    checklist: tripWithVenueChecklist,
  },
  study_visit: {
    source: "icld_toolbox",
    participants: { min: 2, max: 15 },
    durationDays: { min: 0.5, max: 1 },
    stages: [2, 3],
    defaultLevels: allLevels,
    isInPerson: true,
    minPreparationWeeks: 6,
    checklist: tripChecklist,
    themes: studyVisitThemes,
  },
  work_shadowing: {
    source: "icld_toolbox",
    participants: { min: 1, max: 2 },
    durationDays: { min: 1, max: 2 },
    stages: [2, 3],
    defaultLevels: ["technical", "managerial"],
    isInPerson: true,
    minPreparationWeeks: 4,
    checklist: tripChecklist,
  },
  peer_learning_workshop: {
    source: "icld_toolbox",
    participants: { min: 6, max: 30 },
    durationDays: { min: 0.5, max: 1 },
    stages: [1, 3],
    defaultLevels: allLevels,
    isInPerson: true,
    minPreparationWeeks: 4,
    checklist: ["budget_approved", ...meetingChecklist],
  },
  structured_peer_assessment: {
    source: "icld_toolbox",
    participants: { min: 2, max: 12 },
    durationDays: { min: 0.5, max: 1 },
    stages: [1, 3],
    defaultLevels: ["managerial", "technical"],
    isInPerson: true,
    minPreparationWeeks: 4,
    checklist: meetingChecklist,
  },
  delegation_visit: {
    source: "methodfinder",
    participants: { min: 3, max: 12 },
    durationDays: { min: 1, max: 5 },
    stages: [1, 4],
    defaultLevels: ["political", "managerial"],
    isInPerson: true,
    minPreparationWeeks: 12,
    checklist: tripWithVenueChecklist,
  },
  study_tour: {
    source: "methodfinder",
    participants: { min: 10, max: 20 },
    durationDays: { min: 3, max: 10 },
    stages: [2, 3],
    defaultLevels: ["technical"],
    isInPerson: true,
    minPreparationWeeks: 12,
    checklist: tripChecklist,
  },
  seminar: {
    source: "methodfinder",
    participants: { min: 8, max: 40 },
    durationDays: { min: 1, max: 5 },
    stages: [1, 3],
    defaultLevels: ["technical"],
    isInPerson: true,
    minPreparationWeeks: 8,
    checklist: tripWithVenueChecklist,
  },
  conference: {
    source: "methodfinder",
    participants: { min: 20, max: 300 },
    durationDays: { min: 1, max: 5 },
    stages: [1, 2],
    defaultLevels: allLevels,
    isInPerson: true,
    minPreparationWeeks: 16,
    checklist: tripWithVenueChecklist,
  },
  pilot_area_visit: {
    source: "methodfinder",
    participants: { min: 4, max: 20 },
    durationDays: { min: 0.5, max: 2 },
    stages: [2, 3],
    defaultLevels: ["technical", "managerial"],
    isInPerson: true,
    minPreparationWeeks: 6,
    checklist: tripChecklist,
  },
  fair: {
    source: "methodfinder",
    participants: { min: 2, max: 30 },
    durationDays: { min: 1, max: 3 },
    stages: [1, 2],
    defaultLevels: allLevels,
    isInPerson: true,
    minPreparationWeeks: 8,
    checklist: tripWithVenueChecklist,
  },
  online_session: {
    source: "methodfinder",
    participants: { min: 2, max: 50 },
    durationDays: { min: 0, max: 0.5 },
    stages: [2],
    defaultLevels: ["technical", "managerial"],
    isInPerson: false,
    minPreparationWeeks: 2,
    checklist: onlineChecklist,
  },
  lessons_learnt_workshop: {
    source: "methodfinder",
    participants: { min: 4, max: 25 },
    durationDays: { min: 0.5, max: 1 },
    stages: [3, 4],
    defaultLevels: allLevels,
    isInPerson: true,
    minPreparationWeeks: 3,
    checklist: meetingChecklist,
  },
  reverse_visit: {
    source: "methodfinder",
    participants: { min: 1, max: 6 },
    durationDays: { min: 2, max: 5 },
    stages: [2, 4],
    defaultLevels: ["managerial", "technical"],
    isInPerson: true,
    minPreparationWeeks: 12,
    checklist: tripWithVenueChecklist,
  },
};

function textKeys(key: FormatKey): FormatTextKeys {
  const base = `catalogue:formats.${key}`;
  return {
    name: `${base}.name`,
    guidance: `${base}.guidance`,
    watchFor: `${base}.watchFor`,
    objectiveStem: `${base}.objectiveStem`,
  };
}

/** The catalogue of activity formats, in the order the facilitator is offered them. */
export const activityFormats: readonly ActivityFormat[] = formatKeys.map((key) => ({
  key,
  ...shapes[key],
  themes: shapes[key].themes ?? [],
  texts: textKeys(key),
}));

/** The format with this key (every key has one). */
export function getActivityFormat(key: FormatKey): ActivityFormat {
  const format = activityFormats.find((candidate) => candidate.key === key);
  if (format === undefined) throw new Error(`Unknown activity format: ${key}`);
  return format;
}

/** i18n keys (namespace "catalogue") for a study-visit theme's name and summary. */
export function themeTextKeys(theme: StudyVisitTheme): { name: string; summary: string } {
  return { name: `catalogue:themes.${theme}.name`, summary: `catalogue:themes.${theme}.summary` };
}

/** The i18n key of a source guide's display name. */
export function sourceGuideNameKey(source: SourceGuide): string {
  return sourceGuides[source].nameKey;
}
