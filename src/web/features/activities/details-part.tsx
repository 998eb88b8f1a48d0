import { useState } from "preact/hooks";
import { getActivityFormat } from "../../../domain/catalogue/formats";
import type { Activity } from "../../../shared/contracts/activities";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "./activity-change";
import { ActivityFacts } from "./activity-facts";
import { ActivityFields, activityFieldOrder } from "./activity-fields";
import {
  type ActivityValues,
  followStartDate,
  toUpdateBody,
  validateActivity,
  valuesOfActivity,
} from "./activity-form-values";
import type { PartProps } from "./activity-page";
import { fieldBinder } from "./field-props";
import { FormatAdvice } from "./format-picker";
import { previewPlanWarnings } from "./plan-preview";
import { PlanWarningList } from "./plan-warning-list";

/** The values the editor changed since loading, to carry over a reload after a conflict. */
export function changedValues(
  saved: ActivityValues,
  edited: ActivityValues,
): Partial<ActivityValues> {
  const keys = Object.keys(edited) as (keyof ActivityValues)[];
  return Object.fromEntries(
    keys
      .filter((k) => JSON.stringify(saved[k]) !== JSON.stringify(edited[k]))
      .map((k) => [k, edited[k]]),
  );
}

/**
 * The editing state of the details: what was saved, what is typed, saving every field with the
 * version seen, and after a stale-version conflict reloading while keeping the typed changes.
 */
function useDetailsDraft({ activity, reload }: PartProps) {
  const t = useT();
  const format = getActivityFormat(activity.formatKey);
  const [saved, setSaved] = useState(() => valuesOfActivity(activity));
  const [values, setRaw] = useState(saved);
  const [hasConflict, setConflict] = useState(false);
  const setValues = (next: ActivityValues) => setRaw(followStartDate(values, next, format));
  const form = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? "activities:details.conflict" : undefined),
  });
  async function save() {
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}`;
    const patch = async () => {
      try {
        await api.patch<Activity>(path, toUpdateBody(values, format, activity.version));
      } catch (error) {
        setConflict(isConflict(error));
        throw error;
      }
    };
    if (!(await form.run(patch, () => validateActivity(values)))) return;
    setSaved(values);
    showToast(t("common:status.saved"));
    await reload();
  }
  async function reloadKeepingEdits() {
    const changes = changedValues(saved, values);
    const latest = await reload();
    if (!latest) return;
    const fresh = valuesOfActivity(latest);
    setSaved(fresh);
    setRaw({ ...fresh, ...changes });
    setConflict(false);
    showToast(t("activities:details.reloaded"));
  }
  return { format, values, setValues, form, hasConflict, save, reloadKeepingEdits };
}

function DetailsForm(props: PartProps) {
  const t = useT();
  const { activity } = props;
  const { format, values, setValues, form, hasConflict, save, reloadKeepingEdits } =
    useDetailsDraft(props);
  const binder = fieldBinder({
    prefix: "activity",
    values,
    setValues,
    errors: form.fieldKeys,
    translate: t,
  });
  const warnings = previewPlanWarnings(values, format, {
    preparationStartsOn: activity.createdAt.slice(0, 10),
    participantCount: activity.participants.length,
    objectives: activity.objectives.items.map((o) => o.text),
    hostOrganisationName: values.hostOrganisationId ? (activity.hostOrganisationName ?? "-") : null,
  });
  async function submit(event: Event) {
    event.preventDefault();
    await save();
  }
  const summaryFields = activityFieldOrder.map(([name, key]) => ({
    name,
    id: binder.idOf(name),
    label: t(key),
  }));
  return (
    <section class="section" aria-labelledby="details-title">
      <h3 id="details-title">{t("activities:details.editTitle")}</h3>
      <FormErrorSummary form={form} fields={summaryFields} />
      {hasConflict ? (
        <div class="notice notice--warning">
          <p>{t("activities:details.conflictHelp")}</p>
          <Button variant="secondary" onClick={() => void reloadKeepingEdits()}>
            {t("activities:details.reload")}
          </Button>
        </div>
      ) : null}
      <form class="form" noValidate onSubmit={submit} aria-labelledby="details-title">
        <ActivityFields
          values={values}
          setValues={setValues}
          binder={binder}
          format={format}
          isEditing
          hostOrganisationName={activity.hostOrganisationName}
        />
        <section aria-labelledby="details-check-title" class="plan-check">
          <h4 id="details-check-title">{t("activities:warnings.checkTitle")}</h4>
          <PlanWarningList warnings={warnings} />
        </section>
        <div class="form-footer">
          <Button type="submit" isBusy={form.isBusy}>
            {t("activities:details.save")}
          </Button>
        </div>
      </form>
    </section>
  );
}

/**
 * The activity's details: facts, description and where the plan departs from its format.
 * Facilitators and hosts edit them here (a stale save is caught and can be reloaded while
 * keeping the typed changes).
 */
export function DetailsPart(props: PartProps) {
  const t = useT();
  const { activity } = props;
  const format = getActivityFormat(activity.formatKey);
  return (
    <>
      <div class="two-columns">
        <section class="card" aria-labelledby="facts-title">
          <h3 id="facts-title" class="card__title">
            {t("activities:details.factsTitle")}
          </h3>
          <ActivityFacts activity={activity} />
          {activity.description ? <p class="prewrap">{activity.description}</p> : null}
        </section>
        <FormatAdvice format={format} />
      </div>
      {activity.permissions.canPlan ? (
        <DetailsForm {...props} />
      ) : (
        <section aria-labelledby="details-check-title" class="plan-check">
          <h3 id="details-check-title">{t("activities:warnings.checkTitle")}</h3>
          <PlanWarningList warnings={activity.warnings} />
        </section>
      )}
    </>
  );
}
