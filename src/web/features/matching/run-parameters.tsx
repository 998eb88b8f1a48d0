import type { StoredParameters } from "../../../shared/contracts/matching";
import { getLocale, type t as translate } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import {
  criterionLabelKeys,
  criterionOrder,
  formatScore,
  modeKeys,
  separationKeys,
} from "./matching-labels";

/** One setting of a run in words; `value` is null when the run's mode does not use it. */
export type ParameterRow = { id: string; label: string; value: string | null };

/** A run's settings in words, in three parts: how it matched, the weights, the pair rules. */
export type ParameterParts = {
  general: ParameterRow[];
  weights: ParameterRow[];
  pairs: ParameterRow[];
};

type Translate = typeof translate;

function generalRows(p: StoredParameters, t: Translate, locale: string): ParameterRow[] {
  const isPairMode = p.mode !== "groups";
  return [
    { id: "mode", label: t("matching:history.mode"), value: t(modeKeys[p.mode]) },
    {
      id: "groupSize",
      label: t("matching:form.groupSize"),
      value: p.mode === "groups" && p.groupSize !== null ? String(p.groupSize) : null,
    },
    {
      id: "championCapacity",
      label: t("matching:form.championCapacity"),
      value: p.mode === "learner-champion" ? String(p.championCapacity) : null,
    },
    {
      id: "minPairScore",
      label: t("matching:params.minPairScore"),
      value: !isPairMode
        ? null
        : p.minPairScore > 0
          ? formatScore(p.minPairScore, locale)
          : t("matching:params.noMinimum"),
    },
    {
      id: "separation",
      label: t("matching:form.separation"),
      value: t(separationKeys[p.separation]),
    },
  ];
}

/**
 * Words every setting a run used (mode, group size, weights, separation, pair rules), in a
 * fixed order so that two runs' rows line up: the run page lists them, compare sets them
 * side by side.
 */
export function describeParameters(
  p: StoredParameters,
  t: Translate,
  locale: string,
): ParameterParts {
  return {
    general: generalRows(p, t, locale),
    weights: criterionOrder.map((k) => ({
      id: `weight.${k}`,
      label: t(criterionLabelKeys[k].label),
      value: formatScore(p.weights[k], locale),
    })),
    pairs: [
      {
        id: "forbidden",
        label: t("matching:form.forbidden"),
        value: String(p.forbiddenPairs.length),
      },
      {
        id: "declined",
        label: t("matching:params.declined"),
        value: String(p.declinedPairs.length),
      },
      { id: "required", label: t("matching:form.required"), value: String(p.requiredPairs.length) },
      { id: "locked", label: t("matching:params.locked"), value: String(p.lockedMatches.length) },
    ],
  };
}

/** Rows as one line: "label: value; label: value" (rows without a value left out). */
export function joinRows(rows: readonly ParameterRow[], t: Translate): string {
  return rows
    .filter((r) => r.value !== null)
    .map((r) => t("matching:params.labelled", { label: r.label, value: r.value ?? "" }))
    .join("; ");
}

/** A run's settings as `<dt>`/`<dd>` entries, for the facts list of the run page. */
export function ParameterFacts({ parameters }: { parameters: StoredParameters }) {
  const t = useT();
  const parts = describeParameters(parameters, t, getLocale());
  return (
    <>
      {parts.general
        .filter((r) => r.value !== null)
        .map((r) => [<dt key={`${r.id}:dt`}>{r.label}</dt>, <dd key={`${r.id}:dd`}>{r.value}</dd>])}
      <dt>{t("matching:form.weights")}</dt>
      <dd>{joinRows(parts.weights, t)}</dd>
      <dt>{t("matching:run.pairRules")}</dt>
      <dd>{joinRows(parts.pairs, t)}</dd>
    </>
  );
}
