import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { SelectField, TextField } from "../../ui/form-field";
import { pvKey } from "./peer-visit-keys";
import { newRowKey, preparationFieldId, type ResponsibilityValue } from "./preparation-values";
import { joinList } from "./visible-to";

type ResponsibilityFieldsProps = {
  rows: ResponsibilityValue[];
  people: PeerVisit["people"];
  onRows: (rows: ResponsibilityValue[]) => void;
  /** Error keys by API path (`responsibilities.0.task` …). */
  errors: Record<string, string>;
  onFocus: (id: string) => void;
};

/** The next row added to "who does what". */
export function emptyResponsibility(): ResponsibilityValue {
  return { rowKey: newRowKey(), personId: "", task: "" };
}

function usePersonOptions(people: PeerVisit["people"]) {
  const t = useT();
  return people.map((p) => ({
    value: p.personId,
    label: `${p.displayName} (${joinList(
      p.roles.map((role) => t(pvKey(`role.${role}`))),
      getLocale(),
    )})`,
  }));
}

/**
 * Roles and responsibilities for the visit: a person taking part and what they take care of
 * (e.g. "sends the self-assessment to the peers"), row by row.
 */
export function ResponsibilityFields(props: ResponsibilityFieldsProps) {
  const t = useT();
  const { rows, onRows, errors } = props;
  const options = usePersonOptions(props.people);
  const errorOf = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  const update = (index: number, change: Partial<ResponsibilityValue>) =>
    onRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  function remove(index: number) {
    onRows(rows.filter((_, i) => i !== index));
    // The removed row's button is gone: keep the keyboard user in the same list.
    props.onFocus("prep-responsibilities-add");
  }
  function add() {
    onRows([...rows, emptyResponsibility()]);
    props.onFocus(preparationFieldId(`responsibilities.${rows.length}.personId`));
  }
  return (
    <fieldset class="form-group">
      <legend class="form-group__legend">
        {t("peer-visit:preparation.responsibilitiesTitle")}
      </legend>
      <p class="field__hint">{t("peer-visit:preparation.responsibilitiesHint")}</p>
      {rows.length === 0 ? (
        <p class="muted">{t("peer-visit:preparation.responsibilitiesEmpty")}</p>
      ) : null}
      <ol class="plain-list">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.rowKey}>
              <div class="field-row">
                <SelectField
                  id={preparationFieldId(`responsibilities.${index}.personId`)}
                  label={t("peer-visit:preparation.person", { number })}
                  value={row.personId}
                  options={options}
                  emptyLabel={t("peer-visit:preparation.choosePerson")}
                  onValue={(personId) => update(index, { personId })}
                  error={errorOf(`responsibilities.${index}.personId`)}
                />
                <TextField
                  id={preparationFieldId(`responsibilities.${index}.task`)}
                  label={t("peer-visit:preparation.task", { number })}
                  maxLength={500}
                  value={row.task}
                  onValue={(task) => update(index, { task })}
                  error={errorOf(`responsibilities.${index}.task`)}
                />
              </div>
              <div class="field">
                <Button variant="quiet" onClick={() => remove(index)}>
                  {t("peer-visit:preparation.removeResponsibility", { number })}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {rows.length < 30 ? (
        <Button id="prep-responsibilities-add" variant="secondary" onClick={add}>
          {t("peer-visit:preparation.addResponsibility")}
        </Button>
      ) : null}
    </fieldset>
  );
}
