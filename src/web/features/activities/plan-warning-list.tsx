import { type PlanWarning, planWarningTextKey } from "../../../domain/catalogue/plan-warnings";
import { useT } from "../../i18n/use-t";

/**
 * Where the plan contradicts its format's guidance, as advice: it never stops saving. Shows
 * a calm "fits the format" line when there is nothing to say.
 */
export function PlanWarningList(props: { warnings: PlanWarning[] }) {
  const t = useT();
  if (props.warnings.length === 0) {
    return (
      <div class="notice notice--success plan-warnings">
        <p>{t("activities:warnings.none")}</p>
      </div>
    );
  }
  return (
    <div class="notice notice--warning plan-warnings">
      <p class="plan-warnings__title">
        {t("activities:warnings.title", { count: props.warnings.length })}
      </p>
      <ul class="plan-warnings__list">
        {props.warnings.map((w) => (
          <li key={w.code}>{t(planWarningTextKey(w.code), w.params)}</li>
        ))}
      </ul>
      <p class="muted">{t("activities:warnings.neverBlocks")}</p>
    </div>
  );
}
