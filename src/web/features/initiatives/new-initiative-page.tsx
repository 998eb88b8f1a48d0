import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { Initiative } from "../../../shared/contracts/initiatives";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { canManageDirectory, useSession } from "../../session";
import { Button } from "../../ui/button";
import { bindFields } from "../../ui/field-binding";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextField } from "../../ui/form-field";
import { PageTitle } from "../../ui/page-title";
import { showToast } from "../../ui/toast";
import { type FieldErrorKeys, requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { ForbiddenPage } from "../shell/not-found-page";
import { initiativeKindKeys, keysOf } from "./labels";

type Values = {
  name: string;
  kind: Initiative["kind"];
  reformArea: string;
  focalSector: string;
  startsOn: string;
  endsOn: string;
};

const labelKeys = {
  name: "initiatives:field.name",
  kind: "initiatives:field.kind",
  reformArea: "initiatives:field.reformArea",
  focalSector: "initiatives:field.focalSector",
  startsOn: "initiatives:field.startsOn",
  endsOn: "initiatives:field.endsOn",
} as const satisfies Record<keyof Values, string>;

const blank: Values = {
  name: "",
  kind: "partnership",
  reformArea: "",
  focalSector: "",
  startsOn: "",
  endsOn: "",
};

/** Required name, and an end date that is not before the start date. */
export function checkInitiative(values: Values): FieldErrorKeys {
  const problems = requireFilled(values, ["name"]);
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
    problems.endsOn = "initiatives:form.endsBeforeStarts";
  }
  return problems;
}

/** Creates an initiative (admins and system facilitators); the creator becomes its facilitator. */
export function NewInitiativePage() {
  const t = useT();
  const person = useSession();
  const { route } = useLocation();
  const [values, setValues] = useState<Values>(blank);
  const form = useFormSubmit();
  const { bind, summaryFields } = bindFields({
    prefix: "initiative",
    values,
    setValues,
    fieldKeys: form.fieldKeys,
    labelKeys,
    translate: t,
  });
  if (!canManageDirectory(person)) return <ForbiddenPage />;
  async function submit(event: Event) {
    event.preventDefault();
    await form.run(
      async () => {
        const body = {
          ...values,
          startsOn: values.startsOn || null,
          endsOn: values.endsOn || null,
        };
        const created = await api.post<Initiative>("/api/initiatives", body);
        showToast(t("initiatives:form.created", { name: created.name }));
        route(`/initiatives/${created.id}`);
      },
      () => checkInitiative(values),
    );
  }
  const kinds = keysOf(initiativeKindKeys).map((k) => ({
    value: k,
    label: t(initiativeKindKeys[k]),
  }));
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("initiatives:form.newTitle")}>
        {t("initiatives:form.newTitle")}
      </PageTitle>
      <p class="lead">{t("initiatives:form.newIntro")}</p>
      <FormErrorSummary form={form} fields={summaryFields} />
      <form class="form card" noValidate onSubmit={submit}>
        <TextField {...bind("name")} hint={t("initiatives:form.nameHint")} />
        <SelectField {...bind("kind")} hint={t("initiatives:form.kindHint")} options={kinds} />
        <TextField {...bind("reformArea")} isOptional hint={t("initiatives:form.reformAreaHint")} />
        <TextField
          {...bind("focalSector")}
          isOptional
          hint={t("initiatives:form.focalSectorHint")}
        />
        <div class="field-row">
          <TextField {...bind("startsOn")} type="date" isOptional />
          <TextField {...bind("endsOn")} type="date" isOptional />
        </div>
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t("initiatives:form.create")}
          </Button>
          <a href="/initiatives">{t("common:action.cancel")}</a>
        </div>
      </form>
    </div>
  );
}
