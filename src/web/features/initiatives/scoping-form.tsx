import { useState } from "preact/hooks";
import type { Initiative, Scoping, ScopingField } from "../../../shared/contracts/initiatives";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import type { Resource } from "../../ui/use-resource";
import { scopingOrder, scopingQuestionKeys } from "./labels";

type Answers = Record<ScopingField, string>;

/** The answers as editable strings (absent answers are empty). */
export function answersOf(scoping: Scoping): Answers {
  return Object.fromEntries(scopingOrder.map((f) => [f, scoping[f] ?? ""])) as Answers;
}

/** Only the answers that differ from what was loaded: a save sends just those (the API merges). */
export function changedAnswers(saved: Answers, edited: Answers): Partial<Answers> {
  return Object.fromEntries(
    scopingOrder.filter((f) => saved[f] !== edited[f]).map((f) => [f, edited[f]]),
  );
}

function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === "CONFLICT";
}

/**
 * The editing state of the scoping: what was saved, what is typed, saving only the changes with
 * the loaded version, and after a stale-version conflict reloading while keeping the typed edits.
 */
function useScopingDraft(initiative: Initiative, resource: Resource<Initiative>) {
  const t = useT();
  const [saved, setSaved] = useState(() => answersOf(initiative.scoping));
  const [edited, setEdited] = useState(saved);
  const [hasConflict, setConflict] = useState(false);
  const form = useFormSubmit({
    fieldFor: (path) => path.replace(/^scoping\./, ""),
    messageKeyFor: (error) => (isConflict(error) ? "initiatives:scoping.conflict" : undefined),
  });
  const changes = changedAnswers(saved, edited);
  async function patch() {
    try {
      const body = { version: initiative.version, scoping: changes };
      const updated = await api.patch<Initiative>(`/api/initiatives/${initiative.id}`, body);
      setSaved(answersOf(updated.scoping));
      setEdited({ ...edited, ...answersOf(updated.scoping) });
      resource.setData(updated);
      showToast(t("common:status.saved"));
    } catch (error) {
      setConflict(isConflict(error));
      throw error;
    }
  }
  async function save() {
    if (Object.keys(changes).length === 0) showToast(t("initiatives:scoping.nothingToSave"));
    else await form.run(patch);
  }
  async function reloadKeepingEdits() {
    const latest = await resource.reload();
    if (!latest) return;
    const fresh = answersOf(latest.scoping);
    setSaved(fresh);
    setEdited({ ...fresh, ...changes });
    setConflict(false);
    showToast(t("initiatives:scoping.reloaded"));
  }
  return {
    form,
    edited,
    setEdited,
    changeCount: Object.keys(changes).length,
    hasConflict,
    save,
    reloadKeepingEdits,
  };
}

/** The guided scoping form: nine questions, each with a plain-words hint; saves any part at any time. */
export function ScopingForm({
  initiative,
  resource,
}: {
  initiative: Initiative;
  resource: Resource<Initiative>;
}) {
  const t = useT();
  const draft = useScopingDraft(initiative, resource);
  const fields = scopingOrder.map((f) => ({
    name: f,
    id: `scoping-${f}`,
    label: t(scopingQuestionKeys[f].label),
  }));
  const fieldError = (f: ScopingField) =>
    draft.form.fieldKeys[f] ? t(draft.form.fieldKeys[f]) : undefined;
  return (
    <>
      <FormErrorSummary form={draft.form} fields={fields} />
      {draft.hasConflict ? (
        <div class="notice notice--warning">
          <p>{t("initiatives:scoping.conflictHelp")}</p>
          <Button variant="secondary" onClick={() => void draft.reloadKeepingEdits()}>
            {t("initiatives:scoping.reload")}
          </Button>
        </div>
      ) : null}
      <form
        class="form card"
        noValidate
        aria-label={t("initiatives:section.scoping")}
        onSubmit={(e) => {
          e.preventDefault();
          void draft.save();
        }}
      >
        {fields.map(({ name, id, label }) => (
          <TextAreaField
            key={name}
            id={id}
            label={label}
            hint={t(scopingQuestionKeys[name].hint)}
            error={fieldError(name)}
            maxLength={4000}
            value={draft.edited[name]}
            onValue={(text) => draft.setEdited({ ...draft.edited, [name]: text })}
          />
        ))}
        <div class="form-footer">
          <Button type="submit" isBusy={draft.form.isBusy}>
            {t("initiatives:scoping.save")}
          </Button>
          <span class="form-footer__status">
            {draft.changeCount > 0
              ? t("initiatives:scoping.unsaved", { count: draft.changeCount })
              : t("initiatives:scoping.allSaved")}
          </span>
        </div>
      </form>
    </>
  );
}
