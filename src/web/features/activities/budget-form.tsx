import { useMemo, useState } from "preact/hooks";
import type { Activity } from "../../../shared/contracts/activities";
import type { BudgetLine } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { type FieldErrorKeys, requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "./activity-change";
import { fieldBinder } from "./field-props";
import { currencyOptions, minorToInput, parseAmountToMinor } from "./money";

type Values = { label: string; amount: string; currency: string };

const labelKeys: Record<keyof Values, string> = {
  label: "activities:budget.label",
  amount: "activities:budget.amount",
  currency: "activities:budget.currency",
};

/** A budget line needs a label, a currency and an amount with at most its decimals. */
export function validateBudgetLine(values: Values, locale: string): FieldErrorKeys {
  const problems = requireFilled(values, ["label", "amount", "currency"]);
  if (
    values.amount.trim() &&
    parseAmountToMinor(values.amount, values.currency || "EUR", locale) === null
  )
    problems.amount = "activities:fieldError.amount";
  return problems;
}

function valuesOf(line: BudgetLine | null, activity: Activity): Values {
  if (line)
    return {
      label: line.label,
      amount: minorToInput(line.amountMinor, line.currency),
      currency: line.currency,
    };
  const lastCurrency = activity.budgetLines.at(-1)?.currency ?? "EUR";
  return { label: "", amount: "", currency: lastCurrency };
}

/** Adds a budget line or edits one; amounts are typed in the currency's main unit. */
export function BudgetForm(props: {
  activity: Activity;
  line: BudgetLine | null;
  reload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const t = useT();
  const locale = getLocale();
  const { activity, line } = props;
  const [values, setValues] = useState(() => valuesOf(line, activity));
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  const form = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? "activities:conflict.reloaded" : undefined),
    fieldFor: (path) => (path === "amountMinor" ? "amount" : path),
  });
  const prefix = line ? `budget-${line.id}` : "budget-new";
  const binder = fieldBinder({ prefix, values, setValues, errors: form.fieldKeys, translate: t });
  async function submit(event: Event) {
    event.preventDefault();
    const base = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/budget-lines`;
    const ok = await form.run(
      async () => {
        const body = {
          label: values.label.trim(),
          amountMinor: parseAmountToMinor(values.amount, values.currency, locale),
          currency: values.currency,
        };
        try {
          if (line) await api.patch(`${base}/${line.id}`, { ...body, version: line.version });
          else await api.post(base, body);
        } catch (error) {
          if (isConflict(error)) await props.reload();
          throw error;
        }
      },
      () => validateBudgetLine(values, locale),
    );
    if (!ok) return;
    showToast(t(line ? "activities:budget.saved" : "activities:budget.added"));
    if (!line) setValues({ ...values, label: "", amount: "" });
    await props.reload();
    props.onDone();
  }
  const fields = (Object.keys(labelKeys) as (keyof Values)[]).map((name) => ({
    name,
    id: binder.idOf(name),
    label: t(labelKeys[name]),
  }));
  const title = t(line ? "activities:budget.editTitle" : "activities:budget.addTitle");
  return (
    <div class="card">
      <h4 class="card__title">{title}</h4>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit} aria-label={title}>
        <TextField {...binder.bind("label", labelKeys.label)} maxLength={200} />
        <div class="field-row">
          <TextField
            {...binder.bind("amount", labelKeys.amount)}
            inputMode="decimal"
            hint={t("activities:budget.amountHint")}
          />
          <SelectField {...binder.bind("currency", labelKeys.currency)} options={currencies} />
        </div>
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t(line ? "activities:budget.save" : "activities:budget.add")}
          </Button>
          {line ? (
            <Button variant="secondary" onClick={props.onDone}>
              {t("common:action.cancel")}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
