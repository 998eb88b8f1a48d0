import { useState } from "preact/hooks";
import type { Member } from "../../../shared/contracts/initiatives";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import type { PartProps } from "./activity-page";
import { fieldBinder } from "./field-props";

type Values = { label: string; ownerPersonId: string; dueOn: string };

const empty: Values = { label: "", ownerPersonId: "", dueOn: "" };

/** Adds a task the catalogue does not have (a site visit permit, an interpreter ...). */
export function ChecklistAddForm({ activity, reload, members }: PartProps & { members: Member[] }) {
  const t = useT();
  const [values, setValues] = useState(empty);
  const form = useFormSubmit();
  const binder = fieldBinder({
    prefix: "task-new",
    values,
    setValues,
    errors: form.fieldKeys,
    translate: t,
  });
  async function submit(event: Event) {
    event.preventDefault();
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/checklist-items`;
    const body = {
      label: values.label.trim(),
      ownerPersonId: values.ownerPersonId || null,
      dueOn: values.dueOn || null,
    };
    const ok = await form.run(
      () => api.post(path, body),
      () => requireFilled(values, ["label"]),
    );
    if (!ok) return;
    showToast(t("activities:checklist.added", { task: body.label }));
    setValues(empty);
    await reload();
  }
  const fields = [
    { name: "label", id: binder.idOf("label"), label: t("activities:checklist.task") },
    {
      name: "ownerPersonId",
      id: binder.idOf("ownerPersonId"),
      label: t("activities:checklist.owner"),
    },
    { name: "dueOn", id: binder.idOf("dueOn"), label: t("activities:checklist.due") },
  ];
  return (
    <div class="card">
      <h4 class="card__title">{t("activities:checklist.addTitle")}</h4>
      <FormErrorSummary form={form} fields={fields} />
      <form
        class="form"
        noValidate
        onSubmit={submit}
        aria-label={t("activities:checklist.addTitle")}
      >
        <TextField {...binder.bind("label", "activities:checklist.task")} maxLength={200} />
        <div class="field-row">
          <SelectField
            {...binder.bind("ownerPersonId", "activities:checklist.owner")}
            isOptional
            emptyLabel={t("activities:checklist.unassigned")}
            options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
          />
          <TextField {...binder.bind("dueOn", "activities:checklist.due")} type="date" isOptional />
        </div>
        <Button type="submit" isBusy={form.isBusy}>
          {t("activities:checklist.add")}
        </Button>
      </form>
    </div>
  );
}
