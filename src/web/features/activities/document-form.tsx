import { useState } from "preact/hooks";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { type FieldErrorKeys, requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import type { PartProps } from "./activity-page";
import { fieldBinder } from "./field-props";

type Values = { title: string; url: string; note: string };

const empty: Values = { title: "", url: "", note: "" };

const labelKeys: Record<keyof Values, string> = {
  title: "activities:documents.docTitle",
  url: "activities:documents.url",
  note: "activities:documents.note",
};

/** A document needs a title and a link or a note; a link must be http(s). */
export function validateDocument(values: Values): FieldErrorKeys {
  const problems = requireFilled(values, ["title"]);
  const url = values.url.trim();
  if (url && !/^https?:\/\/\S+$/i.test(url)) problems.url = "activities:fieldError.url";
  else if (!url && !values.note.trim()) problems.url = "activities:fieldError.linkOrNote";
  return problems;
}

/** Adds a document: a link, a note, or both (no uploads). */
export function DocumentForm({ activity, reload }: PartProps) {
  const t = useT();
  const [values, setValues] = useState(empty);
  const form = useFormSubmit();
  const binder = fieldBinder({
    prefix: "document",
    values,
    setValues,
    errors: form.fieldKeys,
    translate: t,
  });
  async function submit(event: Event) {
    event.preventDefault();
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/documents`;
    const body = {
      title: values.title.trim(),
      url: values.url.trim() || null,
      note: values.note.trim(),
    };
    const ok = await form.run(
      () => api.post(path, body),
      () => validateDocument(values),
    );
    if (!ok) return;
    showToast(t("activities:documents.added", { title: body.title }));
    setValues(empty);
    await reload();
  }
  const fields = (Object.keys(labelKeys) as (keyof Values)[]).map((name) => ({
    name,
    id: binder.idOf(name),
    label: t(labelKeys[name]),
  }));
  return (
    <div class="card">
      <h4 class="card__title">{t("activities:documents.addTitle")}</h4>
      <FormErrorSummary form={form} fields={fields} />
      <form
        class="form"
        noValidate
        onSubmit={submit}
        aria-label={t("activities:documents.addTitle")}
      >
        <TextField {...binder.bind("title", labelKeys.title)} maxLength={200} />
        <TextField
          {...binder.bind("url", labelKeys.url)}
          type="url"
          isOptional
          spellcheck={false}
          maxLength={2000}
          hint={t("activities:documents.urlHint")}
        />
        <TextAreaField
          {...binder.bind("note", labelKeys.note)}
          isOptional
          rows={3}
          maxLength={4000}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("activities:documents.add")}
        </Button>
      </form>
    </div>
  );
}
