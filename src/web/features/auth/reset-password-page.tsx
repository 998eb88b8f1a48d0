import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextField } from "../../ui/form-field";
import { PageTitle } from "../../ui/page-title";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { checkNewPassword } from "./password-rules";

function resetMessageKey(error: unknown): string | undefined {
  const isTokenProblem =
    error instanceof ApiError &&
    error.code === "INVALID" &&
    !error.details.some((d) => d.path === "password");
  return isTokenProblem ? "auth:reset.invalidLink" : undefined;
}

/** Sets a new password with the token from the reset mail (`/reset-password/:token`). */
export function ResetPasswordPage({ token }: { token: string }) {
  const t = useT();
  const { route } = useLocation();
  const [values, setValues] = useState({ password: "", confirm: "" });
  const form = useFormSubmit({ messageKeyFor: resetMessageKey });
  const fields = [
    { name: "password", id: "reset-password", label: t("common:password.new") },
    { name: "confirm", id: "reset-confirm", label: t("common:password.confirm") },
  ];
  async function submit(event: Event) {
    event.preventDefault();
    const ok = await form.run(
      () => api.post("/api/auth/password-reset/confirm", { token, password: values.password }),
      () => checkNewPassword(values, "password", "confirm"),
    );
    if (ok) {
      showToast(t("auth:reset.done"));
      route("/sign-in");
    }
  }
  const error = (name: string) => (form.fieldKeys[name] ? t(form.fieldKeys[name]) : undefined);
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("auth:reset.title")}>{t("auth:reset.title")}</PageTitle>
      <p class="lead">{t("auth:reset.intro")}</p>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form card" noValidate onSubmit={submit}>
        <TextField
          id="reset-password"
          type="password"
          autoComplete="new-password"
          label={t("common:password.new")}
          hint={t("common:password.hint")}
          error={error("password")}
          value={values.password}
          onValue={(password) => setValues({ ...values, password })}
        />
        <TextField
          id="reset-confirm"
          type="password"
          autoComplete="new-password"
          label={t("common:password.confirm")}
          error={error("confirm")}
          value={values.confirm}
          onValue={(confirm) => setValues({ ...values, confirm })}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("auth:reset.submit")}
        </Button>
      </form>
      <p>
        <a href="/forgot-password">{t("auth:reset.newLink")}</a>
      </p>
    </div>
  );
}
