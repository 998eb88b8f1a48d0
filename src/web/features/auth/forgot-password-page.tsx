import { useState } from "preact/hooks";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextField } from "../../ui/form-field";
import { PageTitle } from "../../ui/page-title";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";

/**
 * Asks for a reset link. The answer never says whether the address has an account (so the page
 * cannot be used to find out who is registered).
 */
export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormSubmit();
  const fields = [{ name: "email", id: "forgot-email", label: t("auth:forgot.email") }];
  async function submit(event: Event) {
    event.preventDefault();
    await form.run(
      async () => {
        await api.post("/api/auth/password-reset", { email });
        setSentTo(email.trim());
      },
      () => requireFilled({ email }, ["email"]),
    );
  }
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("auth:forgot.title")}>{t("auth:forgot.title")}</PageTitle>
      {sentTo ? (
        // biome-ignore lint/a11y/useSemanticElements: <output> allows only phrasing content; this live region holds paragraphs.
        <div class="notice notice--success" role="status">
          <p>{t("auth:forgot.sent", { email: sentTo })}</p>
          <p>{t("auth:forgot.sentHint")}</p>
        </div>
      ) : (
        <>
          <p class="lead">{t("auth:forgot.intro")}</p>
          <FormErrorSummary form={form} fields={fields} />
          <form class="form card" noValidate onSubmit={submit}>
            <TextField
              id="forgot-email"
              type="email"
              autoComplete="email"
              spellcheck={false}
              label={t("auth:forgot.email")}
              error={form.fieldKeys.email ? t(form.fieldKeys.email) : undefined}
              value={email}
              onValue={setEmail}
            />
            <Button type="submit" isBusy={form.isBusy}>
              {t("auth:forgot.submit")}
            </Button>
          </form>
        </>
      )}
      <p>
        <a href="/sign-in">{t("auth:backToSignIn")}</a>
      </p>
    </div>
  );
}
