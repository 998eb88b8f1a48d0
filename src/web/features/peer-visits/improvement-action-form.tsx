import { useEffect, useRef, useState } from "preact/hooks";
import {
  type ImprovementActionStatus,
  improvementActionStatuses,
} from "../../../domain/peer-visit/phase-gates";
import type { ImprovementAction } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextAreaField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { statusKeys } from "./improvement-labels";
import {
  type ActionValues,
  actionValuesOf,
  createActionBodyOf,
  keepEdits,
  updateActionBodyOf,
  validateAction,
} from "./improvement-values";

type ActionFormProps = {
  visit: PeerVisit;
  /** The action edited; null for a new one. */
  action: ImprovementAction | null;
  /** Reloads the actions (and the visit, whose gates count them) after a save or a conflict. */
  onSaved: () => Promise<unknown>;
  /** Closes the editor of an existing action: after a successful save, or on "Cancel". */
  onClose?: () => void;
};

/** The API address of the visit's improvement actions. */
export function actionsPath(visit: Pick<PeerVisit, "initiativeId" | "activityId">): string {
  return `/api/initiatives/${visit.initiativeId}/activities/${visit.activityId}/peer-visit/improvement-actions`;
}

function DataLists({ visit, idPrefix }: { visit: PeerVisit; idPrefix: string }) {
  const agreed = visit.commonUnderstanding;
  return (
    <>
      <datalist id={`${idPrefix}-based-on-list`}>
        {[...(agreed?.agreedWeaknesses ?? []), ...(agreed?.agreedStrengths ?? [])].map((text) => (
          <option key={text} value={text} />
        ))}
      </datalist>
      <datalist id={`${idPrefix}-owner-list`}>
        {visit.people.map((p) => (
          <option key={p.personId} value={p.displayName} />
        ))}
      </datalist>
    </>
  );
}

function ActionFields(props: {
  idPrefix: string;
  values: ActionValues;
  onChange: (patch: Partial<ActionValues>) => void;
  errorOf: (name: string) => string | undefined;
}) {
  const t = useT();
  const { idPrefix: id, values, onChange, errorOf } = props;
  return (
    <>
      <TextField
        id={`${id}-title`}
        label={t("peer-visit:followUp.actionTitle")}
        maxLength={300}
        value={values.title}
        onValue={(title) => onChange({ title })}
        error={errorOf("title")}
      />
      <TextField
        id={`${id}-basedOn`}
        label={t("peer-visit:followUp.basedOn")}
        hint={t("peer-visit:followUp.basedOnHint")}
        isOptional
        list={`${id}-based-on-list`}
        maxLength={1000}
        value={values.basedOn}
        onValue={(basedOn) => onChange({ basedOn })}
        error={errorOf("basedOn")}
      />
      <div class="field-row">
        <TextField
          id={`${id}-ownerName`}
          label={t("peer-visit:followUp.owner")}
          list={`${id}-owner-list`}
          maxLength={200}
          value={values.ownerName}
          onValue={(ownerName) => onChange({ ownerName })}
          error={errorOf("ownerName")}
        />
        <TextField
          id={`${id}-dueOn`}
          type="date"
          label={t("peer-visit:followUp.dueOn")}
          isOptional
          value={values.dueOn}
          onValue={(dueOn) => onChange({ dueOn })}
          error={errorOf("dueOn")}
        />
        <SelectField
          id={`${id}-status`}
          label={t("peer-visit:followUp.status")}
          value={values.status}
          options={improvementActionStatuses.map((s) => ({ value: s, label: t(statusKeys[s]) }))}
          onValue={(status) => onChange({ status: status as ImprovementActionStatus })}
          error={errorOf("status")}
        />
      </div>
      <TextAreaField
        id={`${id}-progressNote`}
        label={t("peer-visit:followUp.progressNote")}
        isOptional
        rows={3}
        maxLength={4000}
        value={values.progressNote}
        onValue={(progressNote) => onChange({ progressNote })}
        error={errorOf("progressNote")}
      />
    </>
  );
}

/**
 * The typed values of an action. When a newer version of the action arrives (someone else saved
 * it and the list was reloaded after a conflict), the editor's changes stay on top of it.
 */
function useActionDraft(action: ImprovementAction | null) {
  const [values, setValues] = useState(() => actionValuesOf(action));
  const base = useRef({ version: action?.version ?? 0, values });
  useEffect(() => {
    if (!action || base.current.version === action.version) return;
    const before = base.current.values;
    const fresh = actionValuesOf(action);
    setValues((edited) => keepEdits(before, edited, fresh));
    base.current = { version: action.version, values: fresh };
  }, [action]);
  return { values, setValues };
}

/**
 * Plans an improvement action from the feedback, or changes one (title, what it answers, owner,
 * due date, status, progress). A stale version reloads the list and keeps the typed changes on
 * top of the latest version, saying so.
 */
export function ImprovementActionForm({ visit, action, onSaved, onClose }: ActionFormProps) {
  const t = useT();
  const idPrefix = action ? `action-${action.id}` : "new-action";
  const { values, setValues } = useActionDraft(action);
  const form = useFormSubmit();
  const [hasConflict, setConflict] = useState(false);
  const change = (patch: Partial<ActionValues>) => setValues((v) => ({ ...v, ...patch }));
  async function save() {
    try {
      if (action)
        await api.patch(`${actionsPath(visit)}/${action.id}`, updateActionBodyOf(values, action));
      else await api.post(actionsPath(visit), createActionBodyOf(values));
    } catch (error) {
      if (!(error instanceof ApiError && error.code === "CONFLICT")) throw error;
      setConflict(true);
      await onSaved();
      return;
    }
    showToast(
      t(action ? "peer-visit:followUp.actionSaved" : "peer-visit:followUp.actionAdded", {
        title: values.title.trim(),
      }),
    );
    setConflict(false);
    if (!action) setValues(actionValuesOf(null));
    onClose?.();
    await onSaved();
  }
  function submit(event: Event) {
    event.preventDefault();
    void form.run(save, () => validateAction(values));
  }
  const names = ["title", "basedOn", "ownerName", "dueOn", "status", "progressNote"] as const;
  const labels: Record<(typeof names)[number], string> = {
    title: t("peer-visit:followUp.actionTitle"),
    basedOn: t("peer-visit:followUp.basedOn"),
    ownerName: t("peer-visit:followUp.owner"),
    dueOn: t("peer-visit:followUp.dueOn"),
    status: t("peer-visit:followUp.status"),
    progressNote: t("peer-visit:followUp.progressNote"),
  };
  const fields = names.map((name) => ({ name, id: `${idPrefix}-${name}`, label: labels[name] }));
  const errorOf = (name: string) => (form.fieldKeys[name] ? t(form.fieldKeys[name]) : undefined);
  return (
    <form class="form" aria-labelledby={`${idPrefix}-heading`} onSubmit={submit} noValidate>
      <FormErrorSummary form={form} fields={fields} />
      {hasConflict ? (
        <div class="notice notice--warning" role="alert" data-testid="action-conflict">
          <p>{t("peer-visit:followUp.conflictKept")}</p>
        </div>
      ) : null}
      <DataLists visit={visit} idPrefix={idPrefix} />
      <ActionFields idPrefix={idPrefix} values={values} onChange={change} errorOf={errorOf} />
      <div class="button-row">
        <Button type="submit" isBusy={form.isBusy}>
          {action ? t("peer-visit:followUp.saveAction") : t("peer-visit:followUp.addAction")}
        </Button>
        {onClose ? (
          <Button variant="secondary" onClick={onClose}>
            {t("common:action.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
