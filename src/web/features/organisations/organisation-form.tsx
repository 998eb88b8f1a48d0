import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { Organisation } from "../../../shared/contracts/organisations";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { bindFields } from "../../ui/field-binding";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { type FieldErrorKeys, requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { governmentLevelKeys, organisationKindKeys } from "./labels";

type Values = Pick<Organisation, "name" | "country" | "level" | "kind">;

const labelKeys = {
  name: "organisations:field.name",
  country: "organisations:field.country",
  level: "organisations:field.level",
  kind: "organisations:field.kind",
} as const satisfies Record<keyof Values, string>;

const blank: Values = { name: "", country: "", level: "national", kind: "government_body" };

/** Required name and a two-letter country code (upper-cased on sending). */
export function checkOrganisation(values: Values): FieldErrorKeys {
  const problems = requireFilled(values, ["name", "country"]);
  if (!problems.country && !/^[A-Za-z]{2}$/.test(values.country.trim())) {
    problems.country = "organisations:form.countryFormat";
  }
  return problems;
}

function valuesOf({ name, country, level, kind }: Organisation): Values {
  return { name, country, level, kind };
}

function isConflict(error: unknown) {
  return error instanceof ApiError && error.code === "CONFLICT";
}

function optionsOf<K extends string>(keys: Record<K, string>, t: (key: string) => string) {
  return (Object.keys(keys) as K[]).map((k) => ({ value: k, label: t(keys[k]) }));
}

/** Creates an organisation, or edits `existing` with the version it was loaded at. */
export function OrganisationForm({
  existing,
  onReload,
}: {
  existing: Organisation | null;
  onReload: () => void;
}) {
  const t = useT();
  const { route } = useLocation();
  const [values, setValues] = useState<Values>(() => (existing ? valuesOf(existing) : blank));
  const form = useFormSubmit({
    messageKeyFor: (e) => (isConflict(e) ? "organisations:form.conflict" : undefined),
  });
  const { bind, summaryFields } = bindFields({
    prefix: "organisation",
    values,
    setValues,
    fieldKeys: form.fieldKeys,
    labelKeys,
    translate: t,
  });
  async function submit(event: Event) {
    event.preventDefault();
    const body = { ...values, country: values.country.trim().toUpperCase() };
    await form.run(
      async () => {
        if (existing)
          await api.patch(`/api/organisations/${existing.id}`, {
            ...body,
            version: existing.version,
          });
        else await api.post("/api/organisations", body);
        showToast(t("common:status.saved"));
        route("/organisations");
      },
      () => checkOrganisation(values),
    );
  }
  return (
    <>
      <FormErrorSummary form={form} fields={summaryFields} />
      {existing && form.messageKey === "organisations:form.conflict" ? (
        <p>
          <Button variant="secondary" onClick={onReload}>
            {t("organisations:form.reload")}
          </Button>
        </p>
      ) : null}
      <form class="form card" noValidate onSubmit={submit}>
        <TextField {...bind("name")} />
        <TextField
          {...bind("country")}
          class="input--short"
          maxLength={2}
          autoComplete="off"
          spellcheck={false}
          hint={t("organisations:form.countryHint")}
        />
        <SelectField {...bind("level")} options={optionsOf(governmentLevelKeys, t)} />
        <SelectField {...bind("kind")} options={optionsOf(organisationKindKeys, t)} />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {existing ? t("organisations:form.save") : t("organisations:form.create")}
          </Button>
          <a href="/organisations">{t("common:action.cancel")}</a>
        </div>
      </form>
    </>
  );
}
