import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { type FormatKey, getActivityFormat } from "../../../domain/catalogue/formats";
import type { Activity } from "../../../shared/contracts/activities";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { ActivityFields, activityFieldOrder } from "./activity-fields";
import {
  type ActivityValues,
  applyFormat,
  defaultValuesFor,
  followStartDate,
  toCreateBody,
  validateActivity,
} from "./activity-form-values";
import { activityPath } from "./activity-summary-item";
import { fieldBinder } from "./field-props";
import { FormatAdvice, FormatPicker } from "./format-picker";
import { previewPlanWarnings } from "./plan-preview";
import { PlanWarningList } from "./plan-warning-list";
import { browserTimeZone } from "./time-zones";
import { todayIso } from "./today";

type PlanFormProps = {
  initiativeId: string;
  initialFormat: FormatKey;
  /** Values that replace the format's defaults (a showcase's host and place). */
  preset?: Partial<ActivityValues>;
  submitLabel: string;
  /** Sends the body; resolves with the created activity. */
  create: (body: ReturnType<typeof toCreateBody>) => Promise<Activity>;
};

/**
 * Planning a new activity: pick a format from the catalogue (its defaults fill the form),
 * fill in what is known, and see live where the plan departs from the format's guidance. On
 * success it opens the new activity's objectives, the next thing to write.
 */
export function PlanActivityForm(props: PlanFormProps) {
  const t = useT();
  const { route } = useLocation();
  const [formatKey, setFormatKey] = useState(props.initialFormat);
  const format = getActivityFormat(formatKey);
  const [values, setRawValues] = useState<ActivityValues>(() => ({
    ...defaultValuesFor(format, todayIso(), browserTimeZone()),
    ...props.preset,
  }));
  const setValues = (next: ActivityValues) => setRawValues(followStartDate(values, next, format));
  const form = useFormSubmit();
  const binder = fieldBinder({
    prefix: "activity",
    values,
    setValues,
    errors: form.fieldKeys,
    translate: t,
  });
  const warnings = previewPlanWarnings(values, format, {
    preparationStartsOn: todayIso(),
    participantCount: 0,
    objectives: null,
    hostOrganisationName: values.hostOrganisationId || null,
  });
  function chooseFormat(key: FormatKey) {
    setRawValues(applyFormat(values, format, getActivityFormat(key)));
    setFormatKey(key);
  }
  async function submit(event: Event) {
    event.preventDefault();
    let created: Activity | null = null;
    const ok = await form.run(
      async () => {
        created = await props.create(toCreateBody(formatKey, values, format));
      },
      () => validateActivity(values),
    );
    if (!ok || !created) return;
    const activity: Activity = created;
    showToast(t("activities:new.created", { title: activity.title }));
    route(activityPath(props.initiativeId, activity.id, "objectives"));
  }
  const summaryFields = activityFieldOrder.map(([name, key]) => ({
    name,
    id: binder.idOf(name),
    label: t(key),
  }));
  return (
    <>
      <FormErrorSummary form={form} fields={summaryFields} />
      <form class="form" noValidate onSubmit={submit} aria-labelledby="plan-form-title">
        <FormatPicker selected={formatKey} onSelect={chooseFormat} />
        <FormatAdvice format={format} />
        <p class="notice">
          {t("activities:new.defaultsApplied", { format: t(format.texts.name) })}
        </p>
        <ActivityFields values={values} setValues={setValues} binder={binder} format={format} />
        <section aria-labelledby="plan-check-title" class="plan-check">
          <h3 id="plan-check-title">{t("activities:warnings.checkTitle")}</h3>
          <PlanWarningList warnings={warnings} />
        </section>
        <div class="form-footer">
          <Button type="submit" isBusy={form.isBusy}>
            {props.submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
