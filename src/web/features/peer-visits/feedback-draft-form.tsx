import { useState } from "preact/hooks";
import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { FieldFrame } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { RadioGroup } from "../matching/radio-group";
import { FeedbackHints, feedbackLanguageOf } from "./feedback-hints";
import {
  checkFeedbackDraft,
  type FeedbackDraftValues,
  feedbackDraftValuesOf,
  feedbackKindKeys,
} from "./feedback-item-values";
import { isConflict, visitRecordsPath } from "./notes-api";

type FeedbackDraftFormProps = {
  visit: PeerVisit;
  /** The item being edited; null for a new one. */
  item: FeedbackItem | null;
  /** After a save (or a conflict): reload the items; `saved` says whether it landed. */
  onDone: (saved: boolean) => Promise<void> | void;
  onCancel?: () => void;
};

function sendDraft(visit: PeerVisit, item: FeedbackItem | null, values: FeedbackDraftValues) {
  const body = {
    kind: values.kind,
    givenAs: values.givenAs,
    text: values.text.trim(),
    lang: feedbackLanguageOf(getLocale()),
  };
  return item
    ? api.patch(visitRecordsPath(visit, `feedback-items/${item.id}`), {
        ...body,
        version: item.version,
      })
    : api.post(visitRecordsPath(visit, "feedback-items"), body);
}

/**
 * Writing or editing one feedback item about the area the host asked about: its kind, whether
 * it is the peer's own or the group's, and the text, with live hints on how to make it useful.
 */
export function FeedbackDraftForm({ visit, item, onDone, onCancel }: FeedbackDraftFormProps) {
  const t = useT();
  const [values, setValues] = useState(() => feedbackDraftValuesOf(item));
  const submit = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? "pv-records:conflictReloaded" : undefined),
  });
  const base = item ? `fb-edit-${item.id}` : "fb-new";
  const set = (field: keyof FeedbackDraftValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const save = async () => {
    let conflict = false;
    const ok = await submit.run(
      async () => {
        try {
          await sendDraft(visit, item, values);
        } catch (error) {
          conflict = isConflict(error);
          throw error;
        }
      },
      () => checkFeedbackDraft(values),
    );
    if (ok) {
      showToast(t(item ? "pv-records:feedback.updated" : "pv-records:feedback.added"));
      if (!item) setValues(feedbackDraftValuesOf(null));
    }
    if (ok || conflict) await onDone(ok);
  };
  const textError = submit.fieldKeys.text;
  const fields = [
    { name: "kind", id: `${base}-kind-strength`, label: t("pv-records:feedback.kindLabel") },
    {
      name: "givenAs",
      id: `${base}-given-individual`,
      label: t("pv-records:feedback.givenAsLabel"),
    },
    { name: "text", id: `${base}-text`, label: t("pv-records:feedback.textLabel") },
  ];
  return (
    <form
      class="card pv-feedback__form"
      noValidate
      aria-label={
        item ? t("pv-records:feedback.editFormLabel") : t("pv-records:feedback.newFormLabel")
      }
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormErrorSummary form={submit} fields={fields} />
      <RadioGroup
        id={`${base}-kind`}
        legend={t("pv-records:feedback.kindLabel")}
        value={values.kind}
        options={(["strength", "weakness", "idea"] as const).map((kind) => ({
          value: kind,
          label: t(feedbackKindKeys[kind]),
        }))}
        onValue={set("kind")}
      />
      {submit.fieldKeys.kind ? <p class="field__error">{t(submit.fieldKeys.kind)}</p> : null}
      <RadioGroup
        id={`${base}-given`}
        legend={t("pv-records:feedback.givenAsLabel")}
        value={values.givenAs}
        options={[
          { value: "individual", label: t("pv-records:feedback.givenAs.individual") },
          {
            value: "group",
            label: t("pv-records:feedback.givenAs.group"),
            hint: t("pv-records:feedback.givenAs.groupHint"),
          },
        ]}
        onValue={set("givenAs")}
      />
      <FieldFrame
        id={`${base}-text`}
        label={t("pv-records:feedback.textLabel")}
        hint={t("pv-records:feedback.textHint")}
        error={textError ? t(textError) : undefined}
      >
        <textarea
          id={`${base}-text`}
          class="textarea"
          rows={4}
          maxLength={2000}
          value={values.text}
          aria-invalid={textError ? "true" : undefined}
          aria-describedby={`${base}-text-hint ${textError ? `${base}-text-error ` : ""}${base}-hints`}
          onInput={(e) => set("text")(e.currentTarget.value)}
        />
      </FieldFrame>
      <FeedbackHints id={`${base}-hints`} text={values.text} />
      <div class="button-row">
        <Button type="submit" isBusy={submit.isBusy}>
          {item ? t("pv-records:feedback.saveChanges") : t("pv-records:feedback.add")}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t("common:action.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
