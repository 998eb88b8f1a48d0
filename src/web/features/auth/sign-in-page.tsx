import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { ApiError } from "../../api-client";
import { getLocale, setLocale } from "../../i18n/i18n";
import { storeLocale } from "../../i18n/locale-preference";
import { useT } from "../../i18n/use-t";
import { signIn, useSession } from "../../session";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextField } from "../../ui/form-field";
import { PageTitle } from "../../ui/page-title";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { Redirect, safeNextPath } from "../shell/redirect";

function signInMessageKey(error: unknown): string | undefined {
  if (error instanceof ApiError && error.code === "UNAUTHENTICATED")
    return "auth:signIn.wrongCredentials";
  return undefined;
}

/** Sign in with e-mail and password; returns to the page that asked for it (`?next=`). */
export function SignInPage() {
  const t = useT();
  const person = useSession();
  const { query, route } = useLocation();
  const [values, setValues] = useState({ email: "", password: "" });
  const form = useFormSubmit({ messageKeyFor: signInMessageKey });
  const next = safeNextPath(query.next, "/initiatives");
  if (person && !form.isBusy) return <Redirect to={next} />;
  const fields = [
    { name: "email", id: "sign-in-email", label: t("auth:signIn.email") },
    { name: "password", id: "sign-in-password", label: t("auth:signIn.password") },
  ];
  async function submit(event: Event) {
    event.preventDefault();
    await form.run(
      async () => {
        const me = await signIn(values.email, values.password);
        if (me && me.locale !== getLocale()) {
          await setLocale(me.locale);
          storeLocale(me.locale);
        }
        route(next);
      },
      () => requireFilled(values, ["email", "password"]),
    );
  }
  const error = (name: string) => (form.fieldKeys[name] ? t(form.fieldKeys[name]) : undefined);
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("auth:signIn.title")}>{t("auth:signIn.title")}</PageTitle>
      <p class="lead">{t("auth:signIn.intro")}</p>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form card" noValidate onSubmit={submit}>
        <TextField
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          spellcheck={false}
          label={t("auth:signIn.email")}
          error={error("email")}
          value={values.email}
          onValue={(email) => setValues({ ...values, email })}
        />
        <TextField
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          label={t("auth:signIn.password")}
          error={error("password")}
          value={values.password}
          onValue={(password) => setValues({ ...values, password })}
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t("auth:signIn.submit")}
          </Button>
          <a href="/forgot-password">{t("auth:signIn.forgot")}</a>
        </div>
      </form>
    </div>
  );
}
