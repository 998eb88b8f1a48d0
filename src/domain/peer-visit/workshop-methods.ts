/** The peer learning workshop methods the ICLD toolbox names (method 5). */
export const workshopMethodIds = ["reflecting_team", "cafe", "appreciative_inquiry"] as const;
/** One of `workshopMethodIds`. */
export type WorkshopMethodId = (typeof workshopMethodIds)[number];

/** Parts people play in a workshop. */
export const workshopRoles = [
  "facilitator",
  "case_owner",
  "interviewer",
  "reflecting_team",
  "table_host",
  "participant",
  "interview_pair",
  "timekeeper",
] as const;
/** One of `workshopRoles`. */
export type WorkshopRole = (typeof workshopRoles)[number];

/** One step of a method: what happens (`key`), for how long, led by whom. */
export interface WorkshopStep {
  /** i18n key in the `peer-visit` namespace, e.g. `workshop.reflecting_team.step.present`. */
  key: string;
  durationMinutes: number;
  ledBy: WorkshopRole;
}

/** A workshop method as the planner shows and times it. Texts are i18n keys. */
export interface WorkshopMethod {
  id: WorkshopMethodId;
  nameKey: string;
  summaryKey: string;
  roles: readonly WorkshopRole[];
  /** People per working group (pair, table, reflecting team). */
  groupSize: { min: number; max: number };
  /** People in the whole workshop. */
  participants: { min: number; max: number };
  steps: readonly WorkshopStep[];
  /**
   * Where the method comes from. The toolbox names the methods and points to ICLD's handbook on
   * democratic workshops; the steps and timings here are our own plan of the common practice.
   */
  source: { guideFile: string; guideKey: string; section: string };
}

const icldSource = {
  guideFile: "000_e72d5b15a97cbffa.txt",
  guideKey: "icld_toolbox",
  section: "method_5",
} as const;

function buildSteps(
  method: WorkshopMethodId,
  steps: readonly [string, number, WorkshopRole][],
): WorkshopStep[] {
  return steps.map(([step, durationMinutes, ledBy]) => ({
    key: `workshop.${method}.step.${step}`,
    durationMinutes,
    ledBy,
  }));
}

function defineMethod(
  id: WorkshopMethodId,
  shape: Pick<WorkshopMethod, "roles" | "groupSize" | "participants">,
  steps: readonly [string, number, WorkshopRole][],
): WorkshopMethod {
  return {
    id,
    nameKey: `workshop.${id}.name`,
    summaryKey: `workshop.${id}.summary`,
    ...shape,
    steps: buildSteps(id, steps),
    source: icldSource,
  };
}

const methods: readonly WorkshopMethod[] = [
  defineMethod(
    "reflecting_team",
    {
      roles: ["facilitator", "case_owner", "interviewer", "reflecting_team"],
      groupSize: { min: 3, max: 5 },
      participants: { min: 5, max: 12 },
    },
    [
      ["frame", 5, "facilitator"],
      ["present", 10, "case_owner"],
      ["interview", 15, "interviewer"],
      ["reflect", 15, "reflecting_team"],
      ["respond", 10, "case_owner"],
      ["close", 5, "facilitator"],
    ],
  ),
  defineMethod(
    "cafe",
    {
      roles: ["facilitator", "table_host", "participant", "timekeeper"],
      groupSize: { min: 4, max: 6 },
      participants: { min: 12, max: 60 },
    },
    [
      ["welcome", 10, "facilitator"],
      ["round_one", 20, "table_host"],
      ["round_two", 20, "table_host"],
      ["round_three", 20, "table_host"],
      ["harvest", 20, "facilitator"],
    ],
  ),
  defineMethod(
    "appreciative_inquiry",
    {
      roles: ["facilitator", "interview_pair", "participant"],
      groupSize: { min: 2, max: 8 },
      participants: { min: 6, max: 40 },
    },
    [
      ["define", 10, "facilitator"],
      ["discover", 30, "interview_pair"],
      ["dream", 25, "participant"],
      ["design", 25, "participant"],
      ["deliver", 20, "participant"],
    ],
  ),
];

/** All workshop methods, in a stable order. */
export function listWorkshopMethods(): readonly WorkshopMethod[] {
  return methods;
}

/** One method by id, or null for an unknown id (e.g. from a URL). */
export function findWorkshopMethod(id: string): WorkshopMethod | null {
  return methods.find((method) => method.id === id) ?? null;
}

/** The method's length: the sum of its steps, in minutes. */
export function sumWorkshopMinutes(method: WorkshopMethod): number {
  return method.steps.reduce((sum, step) => sum + step.durationMinutes, 0);
}

/** One timed step of a run sheet, in minutes from the workshop's start. */
export interface TimedWorkshopStep extends WorkshopStep {
  startsAtMinute: number;
  endsAtMinute: number;
}

/** The method as a run sheet: each step with its start and end minute, back to back. */
export function buildRunSheet(method: WorkshopMethod): TimedWorkshopStep[] {
  let minute = 0;
  return method.steps.map((step) => {
    const timed = { ...step, startsAtMinute: minute, endsAtMinute: minute + step.durationMinutes };
    minute = timed.endsAtMinute;
    return timed;
  });
}

/** Every i18n key the workshop library can hand out (names, summaries, steps, roles). */
export function listWorkshopMessageKeys(): string[] {
  const methodKeys = methods.flatMap((method) => [
    method.nameKey,
    method.summaryKey,
    ...method.steps.map((step) => step.key),
  ]);
  return [...methodKeys, ...workshopRoles.map((role) => `workshop.role.${role}`)];
}
