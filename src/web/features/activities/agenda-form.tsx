import { useEffect, useState } from "preact/hooks";
import type { Activity } from "../../../shared/contracts/activities";
import type { AgendaItem } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { type FieldErrorKeys, requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "./activity-change";
import { fieldBinder } from "./field-props";

type Values = { title: string; dayOn: string; startTime: string; endTime: string; notes: string };

const labelKeys: Record<keyof Values, string> = {
  title: "activities:agenda.itemTitle",
  dayOn: "activities:agenda.day",
  startTime: "activities:field.startTime",
  endTime: "activities:field.endTime",
  notes: "activities:agenda.notes",
};

/** Blocking problems of an agenda item: a title, a day within the activity, times in order. */
export function validateAgendaItem(
  values: Values,
  activity: Pick<Activity, "startsOn" | "endsOn">,
): FieldErrorKeys {
  const problems = requireFilled(values, ["title"]);
  if (values.dayOn && (values.dayOn < activity.startsOn || values.dayOn > activity.endsOn))
    problems.dayOn = "activities:fieldError.dayOutside";
  if (values.startTime && values.endTime && values.endTime <= values.startTime)
    problems.endTime = "activities:fieldError.endTimeBeforeStart";
  if (!values.startTime && values.endTime) problems.startTime = "activities:fieldError.startFirst";
  return problems;
}

function valuesOf(item: AgendaItem | null, activity: Activity): Values {
  return {
    title: item?.title ?? "",
    dayOn: item?.dayOn ?? activity.startsOn,
    startTime: item?.startTime ?? "",
    endTime: item?.endTime ?? "",
    notes: item?.notes ?? "",
  };
}

/** Adds an agenda item, or edits one (with its version; a stale edit reloads the agenda). */
export function AgendaForm(props: {
  activity: Activity;
  item: AgendaItem | null;
  reload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const t = useT();
  const { activity, item } = props;
  const [values, setValues] = useState(() => valuesOf(item, activity));
  const form = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? "activities:conflict.reloaded" : undefined),
  });
  const prefix = item ? `agenda-${item.id}` : "agenda-new";
  const binder = fieldBinder({ prefix, values, setValues, errors: form.fieldKeys, translate: t });
  useEffect(() => {
    if (item) document.getElementById(`${prefix}-title`)?.focus();
  }, [item, prefix]);
  async function submit(event: Event) {
    event.preventDefault();
    const base = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/agenda-items`;
    const body = {
      title: values.title.trim(),
      notes: values.notes.trim(),
      dayOn: values.dayOn || null,
      startTime: values.startTime || null,
      endTime: values.endTime || null,
    };
    const ok = await form.run(
      async () => {
        try {
          if (item) await api.patch(`${base}/${item.id}`, { ...body, version: item.version });
          else await api.post(base, body);
        } catch (error) {
          if (isConflict(error)) await props.reload();
          throw error;
        }
      },
      () => validateAgendaItem(values, activity),
    );
    if (!ok) return;
    showToast(t(item ? "activities:agenda.saved" : "activities:agenda.added"));
    if (!item) setValues(valuesOf(null, activity));
    await props.reload();
    props.onDone();
  }
  const fields = (Object.keys(labelKeys) as (keyof Values)[]).map((name) => ({
    name,
    id: binder.idOf(name),
    label: t(labelKeys[name]),
  }));
  const title = t(item ? "activities:agenda.editTitle" : "activities:agenda.addTitle");
  return (
    <div class="card">
      <h4 class="card__title">{title}</h4>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit} aria-label={title}>
        <TextField {...binder.bind("title", labelKeys.title)} maxLength={200} />
        <div class="field-row">
          <TextField
            {...binder.bind("dayOn", labelKeys.dayOn)}
            type="date"
            min={activity.startsOn}
            max={activity.endsOn}
            isOptional
          />
          <TextField {...binder.bind("startTime", labelKeys.startTime)} type="time" isOptional />
          <TextField {...binder.bind("endTime", labelKeys.endTime)} type="time" isOptional />
        </div>
        <TextAreaField
          {...binder.bind("notes", labelKeys.notes)}
          isOptional
          rows={2}
          maxLength={2000}
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t(item ? "activities:agenda.save" : "activities:agenda.add")}
          </Button>
          {item ? (
            <Button variant="secondary" onClick={props.onDone}>
              {t("common:action.cancel")}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
