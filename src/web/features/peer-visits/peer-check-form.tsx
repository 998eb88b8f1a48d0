import { useState } from "preact/hooks";
import type { z } from "zod";
import type { peerCheckSchema } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { audienceVisit, isConflict, visitRecordsPath } from "./notes-api";
import { formatRating } from "./notes-format";
import { type CheckForm, checkEntriesOf, checkFieldOf, checkFormOf } from "./peer-check-logic";
import { criterionKeys, ratingKeyOf, ratingOptions } from "./readiness-labels";
import { VisibleTo } from "./visible-to";

/** A peer's check of the self-assessment, as the API answers it. */
export type PeerCheck = z.infer<typeof peerCheckSchema>;

type PeerCheckFormProps = {
  visit: PeerVisit;
  mine: PeerCheck | null;
  /** Loads the checks again (after a save or a conflict). */
  reload: () => Promise<unknown>;
};

/**
 * The visiting peer's own check of the host's self-assessment: per criterion the host's rating
 * and comment, then the peer's rating (1-4) and comment. A stale version reloads and says so.
 */
export function PeerCheckForm({ visit, mine, reload }: PeerCheckFormProps) {
  const t = useT();
  const [form, setForm] = useState<CheckForm>(() => checkFormOf(mine?.entries ?? null));
  const submit = useFormSubmit({
    fieldFor: checkFieldOf,
    messageKeyFor: (error) => (isConflict(error) ? "pv-records:conflictReloaded" : undefined),
  });
  const change = (criterion: string, field: "rating" | "comment", value: string) =>
    setForm((current) => ({
      ...current,
      [criterion]: { ...(current[criterion] ?? { rating: "", comment: "" }), [field]: value },
    }));
  const save = async () => {
    const ok = await submit.run(async () => {
      await api.put(visitRecordsPath(visit, "peer-checks/mine"), {
        entries: checkEntriesOf(form),
        version: mine?.version ?? 0,
      });
    });
    if (ok) showToast(t("pv-records:check.saved"));
    await reload();
  };
  const fields = visit.readiness.flatMap((entry) => [
    {
      name: `${entry.criterion}.rating`,
      id: `pc-${entry.criterion}-rating`,
      label: t(criterionKeys[entry.criterion]),
    },
    {
      name: `${entry.criterion}.comment`,
      id: `pc-${entry.criterion}-comment`,
      label: t(criterionKeys[entry.criterion]),
    },
  ]);
  return (
    <form
      class="pv-check__form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h4>{t("pv-records:check.formTitle")}</h4>
      <VisibleTo kind="assessment" visit={audienceVisit(visit)} />
      <FormErrorSummary form={submit} fields={fields} />
      {visit.readiness.map((entry) => {
        const value = form[entry.criterion] ?? { rating: "", comment: "" };
        const base = `pc-${entry.criterion}`;
        return (
          <fieldset key={entry.criterion} class="choice-group card pv-check__criterion">
            <legend class="field__label">{t(criterionKeys[entry.criterion])}</legend>
            <p class="pv-check__host">
              <strong>{formatRating(t, entry.rating)}</strong>
              {entry.comment ? <span class="pv-records__text"> {entry.comment}</span> : null}
            </p>
            <SelectField
              id={`${base}-rating`}
              label={t("pv-records:check.yourRating")}
              isOptional={true}
              value={value.rating}
              emptyLabel={t(ratingKeyOf(null))}
              options={ratingOptions.map((o) => ({ value: o.value, label: t(o.key) }))}
              error={
                submit.fieldKeys[`${entry.criterion}.rating`]
                  ? t(submit.fieldKeys[`${entry.criterion}.rating`] ?? "")
                  : undefined
              }
              onValue={(v) => change(entry.criterion, "rating", v)}
            />
            <TextAreaField
              id={`${base}-comment`}
              label={t("pv-records:check.yourComment")}
              hint={t("pv-records:check.commentHint")}
              isOptional={true}
              rows={2}
              maxLength={2000}
              value={value.comment}
              error={
                submit.fieldKeys[`${entry.criterion}.comment`]
                  ? t(submit.fieldKeys[`${entry.criterion}.comment`] ?? "")
                  : undefined
              }
              onValue={(v) => change(entry.criterion, "comment", v)}
            />
          </fieldset>
        );
      })}
      <div class="button-row">
        <Button type="submit" isBusy={submit.isBusy}>
          {t("pv-records:check.save")}
        </Button>
      </div>
    </form>
  );
}
