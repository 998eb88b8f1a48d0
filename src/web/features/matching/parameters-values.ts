import type { CriterionKey } from "../../../domain/matching/criteria";
import type {
  CreateMatchingRun,
  MatchingMode,
  StoredParameters,
} from "../../../shared/contracts/matching";
import type { MatchingDefaults } from "../../../shared/contracts/matching-defaults";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { criterionOrder } from "./matching-labels";

/** Two person ids. */
export type PersonPair = [string, string];

/** Who may never be matched together. */
export type Separation = StoredParameters["separation"];

/** The parameters form's state (numbers as typed). */
export type ParameterValues = {
  mode: MatchingMode;
  groupSize: string;
  championCapacity: string;
  weights: Record<CriterionKey, string>;
  separation: Separation;
  forbiddenPairs: PersonPair[];
  requiredPairs: PersonPair[];
  note: string;
};

/** The default weights of a mode, as form text. */
export function weightsFor(
  defaults: MatchingDefaults,
  mode: MatchingMode,
): Record<CriterionKey, string> {
  const weights = defaults.weights[mode];
  return Object.fromEntries(criterionOrder.map((k) => [k, String(weights[k])])) as Record<
    CriterionKey,
    string
  >;
}

/** A fresh run's starting point: pairs with the API's defaults. */
export function toParameterValues(defaults: MatchingDefaults): ParameterValues {
  return {
    mode: "pairs",
    groupSize: String(defaults.groupSize.default),
    championCapacity: "1",
    weights: weightsFor(defaults, "pairs"),
    separation: defaults.separation,
    forbiddenPairs: [],
    requiredPairs: [],
    note: "",
  };
}

/** A re-run's starting point: the parameters the base run used. */
export function fromStoredParameters(
  stored: StoredParameters,
  defaults: MatchingDefaults,
): ParameterValues {
  return {
    mode: stored.mode,
    groupSize: String(stored.groupSize ?? defaults.groupSize.default),
    championCapacity: String(stored.championCapacity),
    weights: Object.fromEntries(
      criterionOrder.map((k) => [k, String(stored.weights[k])]),
    ) as Record<CriterionKey, string>,
    separation: stored.separation,
    forbiddenPairs: stored.forbiddenPairs.map(([a, b]) => [a ?? "", b ?? ""]),
    requiredPairs: stored.requiredPairs.map(([a, b]) => [a ?? "", b ?? ""]),
    note: stored.note,
  };
}

const sameWeights = (a: Record<string, string>, b: Record<string, string>) =>
  criterionOrder.every((k) => Number(a[k]) === Number(b[k]));

/** Switches the mode; weights left at the old mode's defaults follow to the new mode's. */
export function changeMode(
  values: ParameterValues,
  mode: MatchingMode,
  defaults: MatchingDefaults,
): ParameterValues {
  const isDefault = sameWeights(values.weights, weightsFor(defaults, values.mode));
  return { ...values, mode, weights: isDefault ? weightsFor(defaults, mode) : values.weights };
}

/** A typed weight as a number (a decimal comma is accepted); NaN when it is not one. */
export function parseWeight(text: string): number {
  const trimmed = text.trim().replace(",", ".");
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

const pairKey = ([a, b]: PersonPair) => [a, b].sort().join("+");

/** Problems the form can see before sending: field name -> i18n key of the message. */
export function checkParameters(values: ParameterValues): FieldErrorKeys {
  const problems: FieldErrorKeys = {};
  for (const key of criterionOrder) {
    const w = parseWeight(values.weights[key]);
    if (!Number.isFinite(w) || w < 0 || w > 10)
      problems[`weights.${key}`] = "matching:errors.weight";
  }
  const isAllZero = criterionOrder.every((k) => parseWeight(values.weights[k]) === 0);
  if (isAllZero) problems.weights = "matching:errors.weightsAllZero";
  const forbidden = new Set(values.forbiddenPairs.map(pairKey));
  if (values.requiredPairs.some((p) => forbidden.has(pairKey(p)))) {
    problems.requiredPairs = "matching:errors.pairBoth";
  }
  return problems;
}

/** The run request for the form's state (group size and capacity only where they apply). */
export function toRunBody(values: ParameterValues): CreateMatchingRun {
  const weights = Object.fromEntries(
    criterionOrder.map((k) => [k, parseWeight(values.weights[k])]),
  ) as Record<CriterionKey, number>;
  const note = values.note.trim();
  return {
    mode: values.mode,
    ...(values.mode === "groups" ? { groupSize: Number(values.groupSize) } : {}),
    ...(values.mode === "learner-champion"
      ? { championCapacity: Number(values.championCapacity) }
      : {}),
    weights,
    separation: values.separation,
    forbiddenPairs: values.forbiddenPairs,
    requiredPairs: values.requiredPairs,
    ...(note ? { note } : {}),
  };
}

/** The form field an API issue path belongs to (`forbiddenPairs.2` -> `forbiddenPairs`). */
export function fieldForParameterIssue(path: string): string {
  const pair = /^(forbiddenPairs|requiredPairs)(\.\d+)*$/.exec(path);
  return pair?.[1] ?? path;
}

/** Adds a pair unless it is already listed (in either order) or names one person twice. */
export function addPair(pairs: readonly PersonPair[], pair: PersonPair): PersonPair[] {
  if (pair[0] === pair[1] || !pair[0] || !pair[1]) return [...pairs];
  return pairs.some((p) => pairKey(p) === pairKey(pair)) ? [...pairs] : [...pairs, pair];
}
