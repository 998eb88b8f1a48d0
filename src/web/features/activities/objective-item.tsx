import type { Activity } from "../../../shared/contracts/activities";
import type { LearningObjective } from "../../../shared/contracts/activity-learning";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { runChange } from "./activity-change";
import { AdviceList } from "./advice-list";

type ItemProps = {
  activity: Activity;
  objective: LearningObjective;
  index: number;
  reload: () => Promise<unknown>;
  onEdit: (objective: LearningObjective) => void;
  onRemove: (objective: LearningObjective) => void;
};

/**
 * One saved objective with the advisor's advice on it; a copied one (reverse visit) is marked
 * for review until a planner confirms or rewrites it.
 */
export function ObjectiveItem({ activity, objective, index, reload, onEdit, onRemove }: ItemProps) {
  const t = useT();
  const canPlan = activity.permissions.canPlan;
  const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/objectives/${objective.id}`;
  const markReviewed = () =>
    void runChange(() => api.patch(path, { needsReview: false, version: objective.version }), {
      reload,
      doneText: t("activities:objectives.reviewed"),
    });
  const label = t("activities:objectives.number", { number: index + 1 });
  return (
    <li class="objective">
      <p class="objective__text">
        <span class="visually-hidden">{label}: </span>
        <span lang={objective.lang}>{objective.text}</span>
        {objective.needsReview ? (
          <span class="tag tag--warning">{t("activities:objectives.needsReview")}</span>
        ) : null}
      </p>
      {objective.advice.length > 0 ? (
        <AdviceList advice={objective.advice} verbLang={objective.lang} />
      ) : (
        <p class="advice__good">{t("activities:objectives.adviceGood")}</p>
      )}
      {canPlan ? (
        <div class="button-row">
          {objective.needsReview ? (
            <Button variant="secondary" onClick={markReviewed}>
              {t("activities:objectives.markReviewed")}
              <span class="visually-hidden"> {label}</span>
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => onEdit(objective)}>
            {t("activities:objectives.edit")}
            <span class="visually-hidden"> {label}</span>
          </Button>
          <Button variant="quiet" onClick={() => onRemove(objective)}>
            {t("activities:objectives.remove")}
            <span class="visually-hidden"> {label}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}
