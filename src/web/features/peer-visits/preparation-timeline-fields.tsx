import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { TextField } from "../../ui/form-field";
import { type MilestoneValue, newRowKey, preparationFieldId } from "./preparation-values";

type TimelineFieldsProps = {
  rows: MilestoneValue[];
  onRows: (rows: MilestoneValue[]) => void;
  /** Error keys by API path (`timeline.0.label` …). */
  errors: Record<string, string>;
  /** Asks the form to focus a control once it is shown (the first field of a new row). */
  onFocus: (id: string) => void;
};

/** The next row added to the timeline. */
export function emptyMilestone(): MilestoneValue {
  return { rowKey: newRowKey(), label: "", dueOn: "" };
}

/**
 * The preparation timeline: dated steps towards the visit ("documents sent to the peers"), added
 * and removed row by row, at most 30.
 */
export function TimelineFields({ rows, onRows, errors, onFocus }: TimelineFieldsProps) {
  const t = useT();
  const errorOf = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  const update = (index: number, change: Partial<MilestoneValue>) =>
    onRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  function remove(index: number) {
    onRows(rows.filter((_, i) => i !== index));
    // The removed row's button is gone: keep the keyboard user in the same list.
    onFocus("prep-timeline-add");
  }
  function add() {
    onRows([...rows, emptyMilestone()]);
    onFocus(preparationFieldId(`timeline.${rows.length}.label`));
  }
  return (
    <fieldset class="form-group">
      <legend class="form-group__legend">{t("peer-visit:preparation.timelineTitle")}</legend>
      <p class="field__hint">{t("peer-visit:preparation.timelineHint")}</p>
      {rows.length === 0 ? <p class="muted">{t("peer-visit:preparation.timelineEmpty")}</p> : null}
      <ol class="plain-list">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.rowKey}>
              <div class="field-row">
                <TextField
                  id={preparationFieldId(`timeline.${index}.label`)}
                  label={t("peer-visit:preparation.milestoneLabel", { number })}
                  maxLength={200}
                  value={row.label}
                  onValue={(label) => update(index, { label })}
                  error={errorOf(`timeline.${index}.label`)}
                />
                <TextField
                  id={preparationFieldId(`timeline.${index}.dueOn`)}
                  type="date"
                  label={t("peer-visit:preparation.milestoneDue", { number })}
                  isOptional
                  value={row.dueOn}
                  onValue={(dueOn) => update(index, { dueOn })}
                  error={errorOf(`timeline.${index}.dueOn`)}
                />
              </div>
              <div class="field">
                <Button variant="quiet" onClick={() => remove(index)}>
                  {t("peer-visit:preparation.removeMilestone", { number })}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {rows.length < 30 ? (
        <Button id="prep-timeline-add" variant="secondary" onClick={add}>
          {t("peer-visit:preparation.addMilestone")}
        </Button>
      ) : null}
    </fieldset>
  );
}
