import { useMemo, useState } from "preact/hooks";
import type { Member } from "../../../shared/contracts/initiatives";
import type { Showcase } from "../../../shared/contracts/showcases";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextAreaField, TextField } from "../../ui/form-field";
import { useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "../activities/activity-change";
import { fieldBinder } from "../activities/field-props";
import { currencyOptions } from "../activities/money";
import { OrganisationSelect } from "../activities/organisation-select";
import {
  emptyShowcase,
  type ShowcaseValues,
  toShowcaseBody,
  validateShowcase,
  valuesOfShowcase,
} from "./showcase-values";

const labelKeys: Record<keyof ShowcaseValues, string> = {
  title: "showcases:field.title",
  practice: "showcases:field.practice",
  organisationId: "showcases:field.organisation",
  place: "showcases:field.place",
  results: "showcases:field.results",
  costNote: "showcases:field.costNote",
  costAmount: "showcases:field.costAmount",
  costCurrency: "showcases:field.costCurrency",
  championPersonId: "showcases:field.champion",
  contact: "showcases:field.contact",
};

type FormProps = {
  showcase: Showcase | null;
  members: Member[];
  submitLabel: string;
  /** Sends the body; a 409 is shown as a conflict with a way to reload. */
  save: (body: ReturnType<typeof toShowcaseBody>) => Promise<void>;
  onReload?: () => void;
};

type Binder = ReturnType<typeof fieldBinder<ShowcaseValues>>;

/** The showcase's fields: what, where, results, cost (in words and as one amount), who shows it. */
function ShowcaseFields(props: {
  binder: Binder;
  members: Member[];
  organisationName: string | null;
}) {
  const t = useT();
  const { binder, members } = props;
  const locale = getLocale();
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  return (
    <>
      <TextField
        {...binder.bind("title", labelKeys.title)}
        maxLength={200}
        hint={t("showcases:form.titleHint")}
      />
      <TextAreaField
        {...binder.bind("practice", labelKeys.practice)}
        isOptional
        rows={4}
        maxLength={4000}
      />
      <div class="field-row">
        <OrganisationSelect
          {...binder.bind("organisationId", labelKeys.organisationId)}
          currentName={props.organisationName}
        />
        <TextField {...binder.bind("place", labelKeys.place)} isOptional maxLength={200} />
      </div>
      <TextAreaField
        {...binder.bind("results", labelKeys.results)}
        isOptional
        rows={3}
        maxLength={4000}
        hint={t("showcases:form.resultsHint")}
      />
      <TextAreaField
        {...binder.bind("costNote", labelKeys.costNote)}
        isOptional
        rows={2}
        maxLength={1000}
        hint={t("showcases:form.costHint")}
      />
      <div class="field-row">
        <TextField
          {...binder.bind("costAmount", labelKeys.costAmount)}
          isOptional
          inputMode="decimal"
        />
        <SelectField
          {...binder.bind("costCurrency", labelKeys.costCurrency)}
          options={currencies}
        />
      </div>
      <SelectField
        {...binder.bind("championPersonId", labelKeys.championPersonId)}
        isOptional
        emptyLabel={t("showcases:form.noChampion")}
        hint={t("showcases:form.championHint")}
        options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
      />
      <TextField
        {...binder.bind("contact", labelKeys.contact)}
        isOptional
        maxLength={500}
        hint={t("showcases:form.contactHint")}
      />
    </>
  );
}

/** Records a showcase: what the practice is, where, its results, what it cost and who shows it. */
export function ShowcaseForm({ showcase, members, submitLabel, save, onReload }: FormProps) {
  const t = useT();
  const locale = getLocale();
  const [values, setValues] = useState<ShowcaseValues>(() =>
    showcase ? valuesOfShowcase(showcase) : emptyShowcase,
  );
  const [hasConflict, setConflict] = useState(false);
  const form = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? "showcases:form.conflict" : undefined),
  });
  const binder = fieldBinder({
    prefix: "showcase",
    values,
    setValues,
    errors: form.fieldKeys,
    translate: t,
  });
  async function submit(event: Event) {
    event.preventDefault();
    await form.run(
      async () => {
        try {
          await save(toShowcaseBody(values, locale));
        } catch (error) {
          setConflict(isConflict(error));
          throw error;
        }
      },
      () => validateShowcase(values, locale),
    );
  }
  const fields = (Object.keys(labelKeys) as (keyof ShowcaseValues)[]).map((name) => ({
    name,
    id: binder.idOf(name),
    label: t(labelKeys[name]),
  }));
  return (
    <>
      <FormErrorSummary form={form} fields={fields} />
      {hasConflict && onReload ? (
        <div class="notice notice--warning">
          <p>{t("showcases:form.conflictHelp")}</p>
          <Button variant="secondary" onClick={onReload}>
            {t("showcases:form.reload")}
          </Button>
        </div>
      ) : null}
      <form class="form card" noValidate onSubmit={submit} aria-labelledby="showcase-form-title">
        <ShowcaseFields
          binder={binder}
          members={members}
          organisationName={showcase?.organisationName ?? null}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
