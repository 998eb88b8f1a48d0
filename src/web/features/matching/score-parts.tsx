import type { RunMatch } from "../../../shared/contracts/matching";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { criterionLabelKeys, criterionOrder, formatScore } from "./matching-labels";

type ScorePartsProps = {
  score: RunMatch["score"];
  /** Names the match for the table caption ("Amina Otieno and Erik Lindqvist"). */
  matchName: string;
};

/**
 * The match's score and what each criterion added to it (weighted, averaged over the pairs in
 * a group), folded away under its total so the explanation comes first.
 */
export function ScoreParts({ score, matchName }: ScorePartsProps) {
  const t = useT();
  const locale = getLocale();
  return (
    <details class="score-parts">
      <summary>{t("matching:score.summary", { total: formatScore(score.total, locale) })}</summary>
      <table class="table table--compact">
        <caption class="visually-hidden">
          {t("matching:score.caption", { name: matchName })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("matching:score.criterion")}</th>
            <th scope="col" class="numeric">
              {t("matching:score.points")}
            </th>
          </tr>
        </thead>
        <tbody>
          {criterionOrder.map((key) => (
            <tr key={key}>
              <th scope="row">{t(criterionLabelKeys[key].label)}</th>
              <td class="numeric">{formatScore(score.parts[key], locale)}</td>
            </tr>
          ))}
          <tr class="score-parts__total">
            <th scope="row">{t("matching:score.total")}</th>
            <td class="numeric">{formatScore(score.total, locale)}</td>
          </tr>
        </tbody>
      </table>
      {score.pairCount > 1 ? (
        <p class="muted">{t("matching:score.groupNote", { count: score.pairCount })}</p>
      ) : null}
    </details>
  );
}
