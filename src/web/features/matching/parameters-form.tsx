import { useState } from "preact/hooks";
import type { CreateMatchingRun, MatchingMode } from "../../../shared/contracts/matching";
import type { MatchingDefaults } from "../../../shared/contracts/matching-defaults";
import { ApiError } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextField } from "../../ui/form-field";
import { useFormSubmit } from "../../ui/use-form-submit";
import { criterionLabelKeys, criterionOrder, modeKeys, separationKeys } from "./matching-labels";
import { namePair, PairPicker, type PeerOption } from "./pair-picker";
import {
  changeMode,
  checkParameters,
  fieldForParameterIssue,
  type ParameterValues,
  type Separation,
  toRunBody,
} from "./parameters-values";
import { RadioGroup } from "./radio-group";
import { WeightFields, weightFieldId } from "./weight-fields";

type ParametersFormProps = {
  idPrefix: string;
  defaults: MatchingDefaults;
  peers: readonly PeerOption[];
  initial: ParameterValues;
  submitLabel: string;
  /** Runs (or re-runs) with the chosen parameters; a rejection is shown on the form. */
  onSubmit: (body: CreateMatchingRun) => Promise<void>;
};

const modeHintKeys = {
  pairs: "matching:mode.pairsHint",
  groups: "matching:mode.groupsHint",
  "learner-champion": "matching:mode.learnerChampionHint",
} as const satisfies Record<MatchingMode, string>;

/** A run the engine could not keep within the hard rules gets 409 naming the rules. */
function ruleBrokenKey(error: unknown): string | undefined {
  const isRuleConflict =
    error instanceof ApiError && error.code === "CONFLICT" && error.details.length > 0;
  return isRuleConflict ? "matching:errors.ruleBroken" : undefined;
}

/**
 * How to match: pairs, groups of k or learner with champion; a weight per criterion (defaults
 * from the API, with a reset); the separation rule; pairs never or always together.
 */
export function ParametersForm(props: ParametersFormProps) {
  const t = useT();
  const { idPrefix, defaults, peers } = props;
  const [values, setValues] = useState<ParameterValues>(props.initial);
  const form = useFormSubmit({ fieldFor: fieldForParameterIssue, messageKeyFor: ruleBrokenKey });
  const change = (c: Partial<ParameterValues>) => setValues({ ...values, ...c });
  const errorOf = (name: string) =>
    form.fieldKeys[name] ? t(form.fieldKeys[name] ?? "") : undefined;
  const id = (name: string) => `${idPrefix}-${name}`;
  const summaryFields = [
    ...criterionOrder.map((k) => ({
      name: `weights.${k}`,
      id: weightFieldId(idPrefix, k),
      label: t(criterionLabelKeys[k].label),
    })),
    {
      name: "weights",
      id: weightFieldId(idPrefix, "sharedChallenges"),
      label: t("matching:form.weights"),
    },
    { name: "groupSize", id: id("group-size"), label: t("matching:form.groupSize") },
    { name: "forbiddenPairs", id: id("forbidden-first"), label: t("matching:form.forbidden") },
    { name: "requiredPairs", id: id("required-first"), label: t("matching:form.required") },
    { name: "note", id: id("note"), label: t("matching:form.note") },
  ];
  async function submit(event: Event) {
    event.preventDefault();
    await form.run(
      () => props.onSubmit(toRunBody(values)),
      () => checkParameters(values),
    );
  }
  const sizes = [];
  for (let k = defaults.groupSize.min; k <= defaults.groupSize.max; k++) sizes.push(String(k));
  return (
    <>
      <FormErrorSummary form={form} fields={summaryFields} />
      <form class="form parameters-form" noValidate onSubmit={submit}>
        <RadioGroup
          id={id("mode")}
          legend={t("matching:form.mode")}
          value={values.mode}
          options={(Object.keys(modeKeys) as MatchingMode[]).map((m) => ({
            value: m,
            label: t(modeKeys[m]),
            hint: t(modeHintKeys[m]),
          }))}
          onValue={(mode) => setValues(changeMode(values, mode as MatchingMode, defaults))}
        />
        {values.mode === "groups" ? (
          <SelectField
            id={id("group-size")}
            label={t("matching:form.groupSize")}
            error={errorOf("groupSize")}
            value={values.groupSize}
            options={sizes.map((s) => ({ value: s, label: s }))}
            onValue={(groupSize) => change({ groupSize })}
          />
        ) : null}
        {values.mode === "learner-champion" ? (
          <SelectField
            id={id("capacity")}
            label={t("matching:form.championCapacity")}
            hint={t("matching:form.championCapacityHint")}
            value={values.championCapacity}
            options={["1", "2", "3", "4", "5"].map((s) => ({ value: s, label: s }))}
            onValue={(championCapacity) => change({ championCapacity })}
          />
        ) : null}
        <WeightFields
          idPrefix={idPrefix}
          weights={values.weights}
          defaults={defaults.weights[values.mode]}
          fieldKeys={form.fieldKeys}
          onChange={(weights) => change({ weights })}
        />
        <RadioGroup
          id={id("separation")}
          legend={t("matching:form.separation")}
          value={values.separation}
          options={(Object.keys(separationKeys) as Separation[]).map((s) => ({
            value: s,
            label: t(separationKeys[s]),
          }))}
          onValue={(separation) => change({ separation: separation as Separation })}
        />
        <p class="field__hint">{t("matching:form.languageRule")}</p>
        <PairPicker
          id={id("forbidden")}
          legend={t("matching:form.forbidden")}
          hint={t("matching:form.forbiddenHint")}
          pairs={values.forbiddenPairs}
          peers={peers}
          error={errorOf("forbiddenPairs")}
          onChange={(forbiddenPairs) => change({ forbiddenPairs })}
        />
        <PairPicker
          id={id("required")}
          legend={t("matching:form.required")}
          hint={t("matching:form.requiredHint")}
          pairs={values.requiredPairs}
          peers={peers}
          error={errorOf("requiredPairs")}
          onChange={(requiredPairs) => change({ requiredPairs })}
        />
        {defaults.declinedPairs.length > 0 ? (
          <div class="notice">
            <p>{t("matching:form.declinedPairs")}</p>
            <ul>
              {defaults.declinedPairs.map((pair) => (
                <li key={pair.map((p) => p.personId).join("+")}>
                  {namePair(
                    pair.map((p) => p.personId),
                    pair.map((p) => ({ ...p, displayName: p.displayName ?? "—" })),
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <TextField
          id={id("note")}
          label={t("matching:form.note")}
          hint={t("matching:form.noteHint")}
          error={errorOf("note")}
          isOptional
          maxLength={200}
          value={values.note}
          onValue={(note) => change({ note })}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {props.submitLabel}
        </Button>
      </form>
    </>
  );
}
