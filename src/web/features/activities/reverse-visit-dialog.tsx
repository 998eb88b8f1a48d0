import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { Activity } from "../../../shared/contracts/activities";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { addDays, isIsoDate } from "./activity-form-values";
import { activityPath } from "./activity-summary-item";
import { fieldBinder } from "./field-props";
import { browserTimeZone, timeZoneOptions } from "./time-zones";
import { todayIso } from "./today";

type Values = { title: string; startsOn: string; endsOn: string; timeZone: string };

const labelKeys: Record<keyof Values, string> = {
  title: "activities:field.title",
  startsOn: "activities:field.startsOn",
  endsOn: "activities:field.endsOn",
  timeZone: "activities:field.timeZone",
};

function validate(values: Values) {
  const problems = requireFilled(values, ["title", "startsOn", "timeZone"]);
  if (values.startsOn && !isIsoDate(values.startsOn))
    problems.startsOn = "activities:fieldError.date";
  if (values.endsOn && values.endsOn < values.startsOn)
    problems.endsOn = "activities:fieldError.endsBeforeStart";
  return problems;
}

/** The reverse visit's title, dates and zone; on success it opens the new visit's objectives. */
/** `onClose` closes the dialog: on "Cancel", and once the visit is created. */
function ReverseVisitForm({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const t = useT();
  const { route } = useLocation();
  const [values, setValues] = useState<Values>(() => ({
    title: t("activities:reverse.defaultTitle", { title: activity.title }),
    startsOn: addDays(todayIso(), 12 * 7),
    endsOn: "",
    timeZone: browserTimeZone(),
  }));
  const form = useFormSubmit();
  const binder = fieldBinder({
    prefix: "reverse",
    values,
    setValues,
    errors: form.fieldKeys,
    translate: t,
  });
  async function submit(event: Event) {
    event.preventDefault();
    let created: Activity | null = null;
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/reverse-visit`;
    const body = { ...values, endsOn: values.endsOn || undefined, startTime: null, endTime: null };
    const ok = await form.run(
      async () => {
        created = await api.post<Activity>(path, body);
      },
      () => validate(values),
    );
    if (!ok || !created) return;
    const reverse: Activity = created;
    onClose();
    showToast(t("activities:reverse.created"));
    route(activityPath(activity.initiativeId, reverse.id, "objectives"));
  }
  const fields = (Object.keys(labelKeys) as (keyof Values)[]).map((name) => ({
    name,
    id: binder.idOf(name),
    label: t(labelKeys[name]),
  }));
  return (
    <>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField {...binder.bind("title", labelKeys.title)} maxLength={200} />
        <div class="field-row">
          <TextField {...binder.bind("startsOn", labelKeys.startsOn)} type="date" />
          <TextField {...binder.bind("endsOn", labelKeys.endsOn)} type="date" isOptional />
        </div>
        <SelectField
          {...binder.bind("timeZone", labelKeys.timeZone)}
          options={timeZoneOptions(values.startsOn, values.timeZone)}
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t("activities:reverse.confirm")}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t("common:action.cancel")}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * "Create the reverse visit": asks in a modal dialog what it will do (hosts and visitors
 * swapped, objectives copied for review) and when it happens, then opens the new visit's
 * objectives so they are reviewed first.
 */
export function ReverseVisitDialog({ activity }: { activity: Activity }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [isOpen, setOpen] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (isOpen && dialog && !dialog.open) dialog.showModal();
    if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("activities:reverse.open")}
      </Button>
      <dialog
        ref={ref}
        class="dialog dialog--wide"
        aria-labelledby="reverse-dialog-title"
        onCancel={(e) => {
          e.preventDefault();
          setOpen(false);
        }}
      >
        {isOpen ? (
          <>
            <h2 id="reverse-dialog-title" class="dialog__title">
              {t("activities:reverse.title")}
            </h2>
            <p>{t("activities:reverse.explain")}</p>
            <ReverseVisitForm activity={activity} onClose={() => setOpen(false)} />
          </>
        ) : null}
      </dialog>
    </>
  );
}
