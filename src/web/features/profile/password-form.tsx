import { useState } from "preact/hooks";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";

const empty = { currentPassword: "", newPassword: "", confirm: "" };

function passwordMessageKey(error: unknown): string | undefined {
  return error instanceof ApiError && error.code === "UNAUTHENTICATED"
    ? "profile:password.wrongCurrent"
    : undefined;
}

/** Changes one's own password (the current one is asked again). */
export function PasswordForm() {
  const t = useT();
  const [values, setValues] = useState(empty);
  const form = useFormSubmit({ messageKeyFor: passwordMessageKey });
  const fields = [
    { name: "currentPassword", id: "password-current", label: t("profile:password.current") },
    { name: "newPassword", id: "password-new", label: t("common:password.new") },
    { name: "confirm", id: "password-confirm", label: t("common:password.confirm") },
  ];
  function check() {
    const problems = requireFilled(values, ["currentPassword", "newPassword", "confirm"]);
    if (!problems.confirm && values.newPassword !== values.confirm)
      problems.confirm = "common:password.mismatch";
    return problems;
  }
  async function submit(event: Event) {
    event.preventDefault();
    const ok = await form.run(
      () =>
        api.post("/api/me/password", {
          currentPassword: values.currentPassword,
          newPassword: values.newPassword,
        }),
      check,
    );
    if (ok) {
      setValues(empty);
      showToast(t("profile:password.changed"));
    }
  }
  const error = (name: string) => (form.fieldKeys[name] ? t(form.fieldKeys[name]) : undefined);
  return (
    <section class="section" aria-labelledby="password-title">
      <h2 id="password-title">{t("profile:password.title")}</h2>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form card" noValidate onSubmit={submit}>
        <TextField
          id="password-current"
          type="password"
          autoComplete="current-password"
          label={t("profile:password.current")}
          error={error("currentPassword")}
          value={values.currentPassword}
          onValue={(currentPassword) => setValues({ ...values, currentPassword })}
        />
        <TextField
          id="password-new"
          type="password"
          autoComplete="new-password"
          label={t("common:password.new")}
          hint={t("common:password.hint")}
          error={error("newPassword")}
          value={values.newPassword}
          onValue={(newPassword) => setValues({ ...values, newPassword })}
        />
        <TextField
          id="password-confirm"
          type="password"
          autoComplete="new-password"
          label={t("common:password.confirm")}
          error={error("confirm")}
          value={values.confirm}
          onValue={(confirm) => setValues({ ...values, confirm })}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("profile:password.submit")}
        </Button>
      </form>
    </section>
  );
}
