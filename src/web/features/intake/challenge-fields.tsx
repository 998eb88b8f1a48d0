import type { ReformAreaTag } from "../../../shared/contracts/intake";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { TextAreaField } from "../../ui/form-field";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { CheckboxGroup } from "./checkbox-group";
import { labelTag } from "./intake-labels";
import { type ChallengeValues, newChallenge, surveyLimits } from "./survey-values";

/** The control id of a challenge row's statement (error links point here). */
export function challengeTextId(row: ChallengeValues): string {
  return `survey-challenge-${row.key}`;
}

/** The id prefix of a challenge row's tag checkboxes (the first one takes error-link focus). */
export function challengeTagsId(row: ChallengeValues): string {
  return `survey-challenge-${row.key}-tag`;
}

type ChallengeFieldsProps = {
  rows: ChallengeValues[];
  tags: readonly ReformAreaTag[];
  fieldKeys: FieldErrorKeys;
  onChange: (rows: ChallengeValues[]) => void;
};

/**
 * The repeatable challenge statements: each a short text in the peer's words with up to five
 * reform-area tags from the initiative's vocabulary; rows can be added (up to ten) and removed.
 */
export function ChallengeFields({ rows, tags, fieldKeys, onChange }: ChallengeFieldsProps) {
  const t = useT();
  const options = tags.map((tag) => ({ value: tag.key, label: labelTag(tag.key, tags, t) }));
  const update = (index: number, change: Partial<ChallengeValues>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  function add() {
    const row = newChallenge();
    onChange([...rows, row]);
    // Focus follows the new row so keyboard users land where they will type.
    requestAnimationFrame(() => document.getElementById(challengeTextId(row))?.focus());
  }
  function remove(index: number) {
    const next = rows[index - 1] ?? rows[index + 1];
    onChange(rows.filter((_, i) => i !== index));
    // The pressed button disappears; focus moves to the neighbouring statement.
    if (next) requestAnimationFrame(() => document.getElementById(challengeTextId(next))?.focus());
  }
  const errorOf = (name: string) => (fieldKeys[name] ? t(fieldKeys[name] ?? "") : undefined);
  return (
    <div class="challenge-list">
      {rows.map((row, i) => (
        <fieldset key={row.key} class="challenge-row">
          <legend class="challenge-row__legend">
            {t("intake:form.challengeLegend", { n: i + 1 })}
          </legend>
          <TextAreaField
            id={challengeTextId(row)}
            label={t("intake:form.challengeText")}
            hint={i === 0 ? t("intake:form.challengeHint") : undefined}
            error={errorOf(`challenges.${i}.text`)}
            value={row.text}
            onValue={(text) => update(i, { text })}
            rows={2}
            maxLength={500}
          />
          <CheckboxGroup
            id={challengeTagsId(row)}
            legend={t("intake:form.challengeTags")}
            hint={t("intake:form.challengeTagsHint", { max: surveyLimits.tagsPerChallenge })}
            error={errorOf(`challenges.${i}.tags`)}
            isOptional
            options={options}
            selected={row.tags}
            onChange={(selected) => update(i, { tags: selected })}
          />
          {rows.length > 1 ? (
            <Button variant="quiet" onClick={() => remove(i)}>
              {t("intake:form.removeChallenge", { n: i + 1 })}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <Button variant="secondary" onClick={add} disabled={rows.length >= surveyLimits.challenges}>
        {t("intake:form.addChallenge")}
      </Button>
    </div>
  );
}
