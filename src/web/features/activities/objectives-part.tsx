import { useState } from "preact/hooks";
import { getActivityFormat } from "../../../domain/catalogue/formats";
import { maxObjectivesPerActivity } from "../../../domain/objectives/advise-objective";
import type { LearningObjective } from "../../../shared/contracts/activity-learning";
import { api } from "../../api-client";
import { getLocale, translateIn } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { runChange } from "./activity-change";
import type { PartProps } from "./activity-page";
import { AdviceList } from "./advice-list";
import { draftOf } from "./objective-draft";
import { ObjectiveForm } from "./objective-form";
import { ObjectiveItem } from "./objective-item";

/**
 * The activity's learning objectives (about two at most), each with the advisor's advice, and
 * the builder for writing or rewriting one with live advice.
 */
export function ObjectivesPart({ activity, reload }: PartProps) {
  const t = useT();
  const [editing, setEditing] = useState<LearningObjective | null>(null);
  const [removing, setRemoving] = useState<LearningObjective | null>(null);
  const { items, advice } = activity.objectives;
  const format = getActivityFormat(activity.formatKey);
  const lang = getLocale() === "sv" ? "sv" : "en";
  // The advisor reads English and Swedish, so the stem is in the objective's language, which
  // is English for French and Spanish screens.
  const defaults = { lang, stem: translateIn(lang, format.texts.objectiveStem) } as const;
  async function remove() {
    if (!removing) return;
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/objectives/${removing.id}`;
    await runChange(() => api.delete(path), {
      reload,
      doneText: t("activities:objectives.removed"),
    });
    setRemoving(null);
    if (editing?.id === removing.id) setEditing(null);
  }
  return (
    <section class="section" aria-labelledby="objectives-title">
      <h3 id="objectives-title">{t("activities:objectives.title")}</h3>
      <p class="lead">{t("activities:objectives.intro", { max: maxObjectivesPerActivity })}</p>
      <AdviceList advice={advice} />
      {items.length === 0 ? (
        <EmptyState
          level={3}
          title={t("activities:objectives.emptyTitle")}
          text={t("activities:objectives.emptyText")}
        />
      ) : (
        <ol class="objective-list">
          {items.map((objective, index) => (
            <ObjectiveItem
              key={objective.id}
              activity={activity}
              objective={objective}
              index={index}
              reload={reload}
              onEdit={setEditing}
              onRemove={setRemoving}
            />
          ))}
        </ol>
      )}
      {activity.permissions.canPlan ? (
        <ObjectiveForm
          key={editing?.id ?? "new"}
          activity={activity}
          objective={editing}
          initial={draftOf(editing, defaults)}
          reload={reload}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("activities:objectives.removeTitle")}
        body={removing?.text ?? ""}
        confirmLabel={t("activities:objectives.removeConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
