import { useEffect, useRef, useState } from "preact/hooks";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import type { PeerVisitPartProps } from "./part-props";
import { ResponsibilityFields } from "./preparation-responsibility-fields";
import { TimelineFields } from "./preparation-timeline-fields";
import {
  editablePartsOf,
  mergePreparationEdits,
  type PreparationValues,
  preparationBodyOf,
  preparationFieldId,
  preparationValuesOf,
  validatePreparation,
} from "./preparation-values";
import { ReadinessFields } from "./readiness-fields";
import { criterionKeys } from "./readiness-labels";

type PreparationFormProps = PeerVisitPartProps & {
  /** Someone else changed the visit (stale version or other phase): the message key; null after a save. */
  onConflict: (key: string | null) => void;
};

/** The summary's links: every field that can carry an error, in display order. */
function useSummaryFields(values: PreparationValues, isChoiceEditable: boolean) {
  const t = useT();
  const field = (path: string, label: string) => ({
    name: path,
    id: preparationFieldId(path),
    label,
  });
  const choice = isChoiceEditable
    ? [
        field("areaToImprove", t("peer-visit:preparation.area")),
        ...values.readiness.map((r, i) =>
          field(`readiness.${i}.comment`, t(criterionKeys[r.criterion])),
        ),
      ]
    : [];
  return [
    ...choice,
    ...values.timeline.flatMap((_, i) => [
      field(`timeline.${i}.label`, t("peer-visit:preparation.milestoneLabel", { number: i + 1 })),
      field(`timeline.${i}.dueOn`, t("peer-visit:preparation.milestoneDue", { number: i + 1 })),
    ]),
    ...values.responsibilities.flatMap((_, i) => [
      field(
        `responsibilities.${i}.personId`,
        t("peer-visit:preparation.person", { number: i + 1 }),
      ),
      field(`responsibilities.${i}.task`, t("peer-visit:preparation.task", { number: i + 1 })),
    ]),
  ];
}

const saveButtonId = "prep-save";

/** Focus moves to a control once it has been rendered (a new row's first field). */
function useFocusRequest() {
  // A new object per request, so asking for the same id twice focuses it twice.
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  return (id: string) => setRequest({ id });
}

/**
 * The typed values, kept over every newer version of the visit (after a save, a conflict, or a
 * reload by another part of the page): the editor's own changes stay on top of the latest data.
 */
function usePreparationDraft(visit: PeerVisit) {
  const [values, setValues] = useState(() => preparationValuesOf(visit));
  const base = useRef({ version: visit.version, values });
  useEffect(() => {
    if (base.current.version === visit.version) return;
    const before = base.current.values;
    const fresh = preparationValuesOf(visit);
    setValues((edited) => mergePreparationEdits(before, edited, fresh));
    base.current = { version: visit.version, values: fresh };
  }, [visit]);
  /** What was just sent is the new base, so the reloaded (trimmed) values replace it. */
  const markSent = (sent: PreparationValues) => {
    base.current = { ...base.current, values: sent };
  };
  return { values, setValues, markSent };
}

/**
 * The host's preparation, edited by hosts and facilitators: the area to improve and the
 * readiness self-assessment (in preparation), the timeline and who does what (also during the
 * visit). Saved together with the version seen; a stale version reloads the visit and keeps
 * what the editor typed on top of it, saying so.
 */
export function PreparationForm({ visit, reload, onConflict }: PreparationFormProps) {
  const t = useT();
  const parts = editablePartsOf(visit.phase);
  const { values, setValues, markSent } = usePreparationDraft(visit);
  const form = useFormSubmit();
  const requestFocus = useFocusRequest();
  const change = (patch: Partial<PreparationValues>) => setValues((v) => ({ ...v, ...patch }));
  const path = `/api/initiatives/${visit.initiativeId}/activities/${visit.activityId}/peer-visit/preparation`;
  async function save() {
    try {
      await api.patch<PeerVisit>(path, preparationBodyOf(values, parts, visit.version));
    } catch (error) {
      if (!(error instanceof ApiError && error.code === "CONFLICT")) throw error;
      const isWrongPhase = error.details.some((d) => d.code === "wrong_phase");
      onConflict(
        isWrongPhase ? "peer-visit:preparation.phaseChanged" : "peer-visit:preparation.conflict",
      );
      await reload();
      return;
    }
    markSent(values);
    onConflict(null);
    showToast(t("peer-visit:preparation.saved"));
    await reload();
  }
  function submit(event: Event) {
    event.preventDefault();
    void form
      .run(save, () => validatePreparation(values))
      .then((isSaved) => {
        // The busy Save button was disabled, which drops focus: give it back once enabled again.
        if (isSaved && document.activeElement === document.body) requestFocus(saveButtonId);
      });
  }
  const fields = useSummaryFields(values, parts.isChoiceEditable);
  const errorOf = (name: string) => (form.fieldKeys[name] ? t(form.fieldKeys[name]) : undefined);
  return (
    <form class="form" aria-labelledby="preparation-title" onSubmit={submit} noValidate>
      <FormErrorSummary form={form} fields={fields} />
      {parts.isChoiceEditable ? (
        <>
          <TextAreaField
            id={preparationFieldId("areaToImprove")}
            label={t("peer-visit:preparation.area")}
            hint={t("peer-visit:preparation.areaHint")}
            isOptional
            maxLength={2000}
            value={values.areaToImprove}
            onValue={(areaToImprove) => change({ areaToImprove })}
            error={errorOf("areaToImprove")}
          />
          <ReadinessFields
            values={values.readiness}
            errors={form.fieldKeys}
            onChange={(index, patch) =>
              change({
                readiness: values.readiness.map((r, i) => (i === index ? { ...r, ...patch } : r)),
              })
            }
          />
        </>
      ) : null}
      <TimelineFields
        rows={values.timeline}
        onRows={(timeline) => change({ timeline })}
        errors={form.fieldKeys}
        onFocus={requestFocus}
      />
      <ResponsibilityFields
        rows={values.responsibilities}
        people={visit.people}
        onRows={(responsibilities) => change({ responsibilities })}
        errors={form.fieldKeys}
        onFocus={requestFocus}
      />
      <div class="form-footer">
        <Button id={saveButtonId} type="submit" isBusy={form.isBusy}>
          {t("peer-visit:preparation.save")}
        </Button>
      </div>
    </form>
  );
}
