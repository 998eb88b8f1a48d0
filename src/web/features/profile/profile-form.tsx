import { useState } from "preact/hooks";
import type { Organisation } from "../../../shared/contracts/organisations";
import type { Person } from "../../../shared/contracts/people";
import { ApiError, api } from "../../api-client";
import { getLocale, localeNames, setLocale, uiLocaleList } from "../../i18n/i18n";
import { storeLocale } from "../../i18n/locale-preference";
import { useT } from "../../i18n/use-t";
import { getSessionPerson, setSessionPerson } from "../../session";
import { Button } from "../../ui/button";
import { bindFields } from "../../ui/field-binding";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import {
  checkProfile,
  levelKeys,
  organisationOptionsOf,
  type ProfileValues,
  profileLabelKeys,
  profileValuesOf,
  updateBodyOf,
} from "./profile-values";

type ProfileFormProps = {
  person: Person;
  organisations: Organisation[];
  onSaved: (person: Person) => void;
  onReload: () => void;
};

async function applySaved(saved: Person) {
  const session = getSessionPerson();
  if (session)
    setSessionPerson({ ...session, displayName: saved.displayName, locale: saved.locale });
  if (saved.locale !== getLocale()) {
    await setLocale(saved.locale);
    storeLocale(saved.locale);
  }
}

function isConflict(error: unknown) {
  return error instanceof ApiError && error.code === "CONFLICT";
}

/** The profile form: who the person is as a peer (home organisation, level, field, languages ...). */
export function ProfileForm({ person, organisations, onSaved, onReload }: ProfileFormProps) {
  const t = useT();
  const [values, setValues] = useState<ProfileValues>(() => profileValuesOf(person));
  const form = useFormSubmit({
    fieldFor: (path) => path.split(".")[0] ?? path,
    messageKeyFor: (e) => (isConflict(e) ? "profile:form.conflict" : undefined),
  });
  const { bind, summaryFields } = bindFields({
    prefix: "profile",
    values,
    setValues,
    fieldKeys: form.fieldKeys,
    labelKeys: profileLabelKeys,
    translate: t,
  });
  async function submit(event: Event) {
    event.preventDefault();
    await form.run(
      async () => {
        const saved = await api.patch<Person>(
          `/api/people/${person.id}`,
          updateBodyOf(values, person.version),
        );
        await applySaved(saved);
        showToast(t("common:status.saved"));
        onSaved(saved);
      },
      () => checkProfile(values),
    );
  }
  return (
    <section class="section" aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{t("profile:form.title")}</h2>
      <FormErrorSummary form={form} fields={summaryFields} />
      {form.messageKey === "profile:form.conflict" ? (
        <p>
          <Button variant="secondary" onClick={onReload}>
            {t("profile:form.reload")}
          </Button>
        </p>
      ) : null}
      <form class="form card" noValidate onSubmit={submit}>
        <p class="muted">{t("profile:form.email", { email: person.email })}</p>
        <ProfileFields
          bind={bind}
          organisationOptions={organisationOptionsOf(organisations, person)}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("profile:form.save")}
        </Button>
      </form>
    </section>
  );
}

type ProfileFieldsProps = {
  bind: ReturnType<typeof bindFields<ProfileValues>>["bind"];
  organisationOptions: { value: string; label: string }[];
};

function ProfileFields({ bind, organisationOptions }: ProfileFieldsProps) {
  const t = useT();
  const levels = (Object.keys(levelKeys) as (keyof typeof levelKeys)[]).map((k) => ({
    value: k,
    label: t(levelKeys[k]),
  }));
  return (
    <>
      <TextField {...bind("displayName")} autoComplete="name" />
      <SelectField
        {...bind("organisationId")}
        isOptional
        hint={t("profile:form.organisationHint")}
        emptyLabel={t("profile:form.noOrganisation")}
        options={organisationOptions}
      />
      <TextField
        {...bind("position")}
        isOptional
        autoComplete="organization-title"
        hint={t("profile:form.positionHint")}
      />
      <SelectField
        {...bind("level")}
        isOptional
        hint={t("profile:form.levelHint")}
        emptyLabel={t("profile:form.notSet")}
        options={levels}
      />
      <TextField {...bind("field")} isOptional hint={t("profile:form.fieldHint")} />
      <TextField {...bind("yearsOfService")} isOptional inputMode="numeric" class="input--short" />
      <TextField
        {...bind("languages")}
        isOptional
        spellcheck={false}
        hint={t("profile:form.languagesHint")}
      />
      <SelectField
        {...bind("locale")}
        hint={t("profile:form.localeHint")}
        options={uiLocaleList.map((l) => ({ value: l, label: localeNames[l], lang: l }))}
      />
    </>
  );
}
