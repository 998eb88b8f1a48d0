import { useId } from "preact/hooks";
import type { Initiative } from "../../../shared/contracts/initiatives";
import { useT } from "../../i18n/use-t";
import { scopingQuestionKeys } from "./labels";

type CompletenessPanelProps = {
  initiativeId: string;
  completeness: Initiative["scopingCompleteness"];
  /** On the scoping page the open questions link to their fields on the same page. */
  isOnScopingPage?: boolean;
};

/**
 * How far the scoping has come: a meter with the same fact in words ("4 of 9 answered") and the
 * list of questions still open, so the state never depends on colour alone.
 */
export function CompletenessPanel({
  initiativeId,
  completeness,
  isOnScopingPage,
}: CompletenessPanelProps) {
  const t = useT();
  const id = useId();
  const { answered, total, percent, missing } = completeness;
  const base = isOnScopingPage ? "" : `/initiatives/${initiativeId}/scoping`;
  return (
    <section class="card completeness" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card__title">
        {t("initiatives:completeness.title")}
      </h2>
      <div class="completeness__bar">
        <meter
          id={`${id}-meter`}
          min={0}
          max={total}
          low={total / 3}
          high={total - 0.5}
          optimum={total}
          value={answered}
          aria-describedby={`${id}-text`}
          aria-label={t("initiatives:completeness.title")}
        />
        <span class="completeness__percent">{percent}%</span>
      </div>
      <p id={`${id}-text`} class="completeness__text" data-testid="completeness-text">
        {t("initiatives:completeness.summary", { answered, total, percent })}
      </p>
      {missing.length > 0 ? (
        <>
          <h3 class="completeness__open-title">
            {t("initiatives:completeness.openTitle", { count: missing.length })}
          </h3>
          <ul class="completeness__open">
            {missing.map((field) => (
              <li key={field}>
                <a href={`${base}#scoping-${field}`}>{t(scopingQuestionKeys[field].label)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="completeness__done">{t("initiatives:completeness.done")}</p>
      )}
    </section>
  );
}
