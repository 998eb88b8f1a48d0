import { useEffect, useState } from "preact/hooks";
import { objectivePartLabelKey } from "../../../domain/objectives/objective-types";
import type { Activity } from "../../../shared/contracts/activities";
import type { LearningObjective } from "../../../shared/contracts/activity-learning";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { showToast } from "../../ui/toast";
import { type FieldErrorKeys, useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "./activity-change";
import { draftBody, hasSubstance, type ObjectiveDraft } from "./objective-draft";
import { AdvisorPanel, ObjectiveSettings, ObjectiveText } from "./objective-fields";
import { useDebounced } from "./use-debounced";

type FormProps = {
  activity: Activity;
  objective: LearningObjective | null;
  initial: ObjectiveDraft;
  reload: () => Promise<unknown>;
  onDone: () => void;
};

function validate(draft: ObjectiveDraft): FieldErrorKeys {
  if (hasSubstance(draft)) return {};
  return draft.mode === "text"
    ? { text: "activities:objectives.writeSomething" }
    : { audience: "activities:objectives.writeSomething" };
}

/** Saves the draft (add, or edit with the version seen); a stale edit reloads the activity. */
function useObjectiveSave(props: FormProps, draft: ObjectiveDraft) {
  const form = useFormSubmit({
    fieldFor: (path) => (path.startsWith("builder") ? "audience" : path),
    messageKeyFor: (error) => (isConflict(error) ? "activities:conflict.reloaded" : undefined),
  });
  const { activity, objective, reload } = props;
  const save = () =>
    form.run(
      async () => {
        const base = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/objectives`;
        try {
          if (!objective) await api.post(base, draftBody(draft));
          else {
            const body = { ...draftBody(draft), version: objective.version, needsReview: false };
            await api.patch(`${base}/${objective.id}`, body);
          }
        } catch (error) {
          if (isConflict(error)) await reload();
          throw error;
        }
      },
      () => validate(draft),
    );
  return { form, save };
}

/**
 * Writes one learning objective with the builder (stem phrase + Audience, Behaviour, Content)
 * or as free text. The advisor reads the sentence live, after a short pause in typing, and
 * says what is missing; a weak verb comes with observable ones to put in its place. Advice
 * never blocks saving.
 */
export function ObjectiveForm(props: FormProps) {
  const t = useT();
  const { objective, initial, reload, onDone } = props;
  const [draft, setDraft] = useState(initial);
  const settled = useDebounced(draft, 400);
  const { form, save } = useObjectiveSave(props, draft);
  const prefix = objective ? `objective-${objective.id}` : "objective-new";
  useEffect(() => {
    if (objective) document.getElementById(`${prefix}-mode`)?.focus();
  }, [objective, prefix]);
  const set = (patch: Partial<ObjectiveDraft>) => setDraft({ ...draft, ...patch });
  const useVerb = (behaviour: string) => {
    set({ behaviour });
    // The chosen button disappears with the advice it belonged to; focus goes to the verb.
    document.getElementById(`${prefix}-behaviour`)?.focus();
  };
  async function submit(event: Event) {
    event.preventDefault();
    if (!(await save())) return;
    showToast(t(objective ? "activities:objectives.saved" : "activities:objectives.added"));
    setDraft({ ...initial, audience: "", behaviour: "", content: "", text: "" });
    await reload();
    onDone();
  }
  const fields = [
    { name: "text", id: `${prefix}-text`, label: t("activities:objectives.freeText") },
    { name: "audience", id: `${prefix}-audience`, label: t(objectivePartLabelKey("audience")) },
  ];
  const title = t(objective ? "activities:objectives.editTitle" : "activities:objectives.addTitle");
  const errorOf = (name: string) =>
    form.fieldKeys[name] ? t(form.fieldKeys[name] ?? "") : undefined;
  return (
    <div class="card objective-form">
      <h4 class="card__title">{title}</h4>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit} aria-label={title}>
        <ObjectiveSettings prefix={prefix} draft={draft} set={set} />
        <ObjectiveText prefix={prefix} draft={draft} set={set} errorOf={errorOf} />
        <AdvisorPanel
          prefix={prefix}
          settled={settled}
          onUseVerb={draft.mode === "builder" ? useVerb : undefined}
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t(objective ? "activities:objectives.save" : "activities:objectives.add")}
          </Button>
          {objective ? (
            <Button variant="secondary" onClick={onDone}>
              {t("common:action.cancel")}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
