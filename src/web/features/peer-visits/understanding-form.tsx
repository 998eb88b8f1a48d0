import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { isConflict, visitRecordsPath } from "./notes-api";
import {
  type AgreedList,
  addPoint,
  removePoint,
  setPoint,
  type UnderstandingValues,
  understandingBody,
  understandingFieldOf,
} from "./understanding-values";

type UnderstandingFormProps = {
  visit: PeerVisit;
  values: UnderstandingValues;
  onValues: (values: UnderstandingValues) => void;
  reload: () => Promise<unknown>;
};

const listKeys: Record<AgreedList, { title: string; row: string; add: string; remove: string }> = {
  strengths: {
    title: "pv-records:understanding.strengthsTitle",
    row: "pv-records:understanding.strengthRow",
    add: "pv-records:understanding.addStrength",
    remove: "pv-records:understanding.removeStrength",
  },
  weaknesses: {
    title: "pv-records:understanding.weaknessesTitle",
    row: "pv-records:understanding.weaknessRow",
    add: "pv-records:understanding.addWeakness",
    remove: "pv-records:understanding.removeWeakness",
  },
};

type RowsProps = UnderstandingFormProps & { list: AgreedList; fieldKeys: Record<string, string> };

function AgreedRows({ values, onValues, list, fieldKeys }: RowsProps) {
  const t = useT();
  const keys = listKeys[list];
  return (
    <fieldset class="choice-group pv-understanding__list">
      <legend class="field__label">{t(keys.title)}</legend>
      {values[list].map((row, index) => {
        const id = `pu-${list}-${index}`;
        const error = fieldKeys[`${list}.${index}`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place.
          <div key={index} class="pv-understanding__row">
            <TextAreaField
              id={id}
              label={t(keys.row, { number: index + 1 })}
              rows={2}
              maxLength={1000}
              value={row}
              error={error ? t(error) : undefined}
              onValue={(text) => onValues(setPoint(values, list, index, text))}
            />
            <Button variant="quiet" onClick={() => onValues(removePoint(values, list, index))}>
              {t(keys.remove, { number: index + 1 })}
            </Button>
          </div>
        );
      })}
      <Button variant="secondary" onClick={() => onValues(addPoint(values, list))}>
        {t(keys.add)}
      </Button>
    </fieldset>
  );
}

/**
 * The moderator's record of what peers and host agreed: strengths and weaknesses (rows to add
 * and remove) and a note. Sent with the visit's version; a conflict reloads the visit, keeps
 * what was typed here and says so.
 */
export function UnderstandingForm(props: UnderstandingFormProps) {
  const t = useT();
  const { visit, values, onValues, reload } = props;
  const submit = useFormSubmit({
    fieldFor: (path) => understandingFieldOf(values, path),
    messageKeyFor: (error) => (isConflict(error) ? "pv-records:conflictReloaded" : undefined),
  });
  const save = async () => {
    let conflict = false;
    const ok = await submit.run(async () => {
      try {
        await api.put(
          visitRecordsPath(visit, "common-understanding"),
          understandingBody(values, visit.version),
        );
      } catch (error) {
        conflict = isConflict(error);
        throw error;
      }
    });
    if (ok) showToast(t("pv-records:understanding.saved"));
    if (ok || conflict) await reload();
  };
  const fields = (["strengths", "weaknesses"] as const).flatMap((list) =>
    values[list].map((_, index) => ({
      name: `${list}.${index}`,
      id: `pu-${list}-${index}`,
      label: t(listKeys[list].row, { number: index + 1 }),
    })),
  );
  return (
    <form
      class="card pv-understanding__form"
      noValidate
      aria-labelledby="pv-understanding-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h4 id="pv-understanding-form-title">{t("pv-records:understanding.formTitle")}</h4>
      <p class="field__hint">{t("pv-records:understanding.formIntro")}</p>
      <FormErrorSummary
        form={submit}
        fields={[
          ...fields,
          { name: "note", id: "pu-note", label: t("pv-records:understanding.noteLabel") },
        ]}
      />
      <AgreedRows {...props} list="strengths" fieldKeys={submit.fieldKeys} />
      <AgreedRows {...props} list="weaknesses" fieldKeys={submit.fieldKeys} />
      <TextAreaField
        id="pu-note"
        label={t("pv-records:understanding.noteLabel")}
        hint={t("pv-records:understanding.noteHint")}
        isOptional={true}
        rows={3}
        maxLength={4000}
        value={values.note}
        error={submit.fieldKeys.note ? t(submit.fieldKeys.note) : undefined}
        onValue={(note) => onValues({ ...values, note })}
      />
      <div class="button-row">
        <Button type="submit" isBusy={submit.isBusy}>
          {t("pv-records:understanding.save")}
        </Button>
      </div>
    </form>
  );
}
