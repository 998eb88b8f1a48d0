import { useState } from "preact/hooks";
import type { SessionPerson } from "../../../shared/contracts/auth";
import type { InvitationPreview } from "../../../shared/contracts/invitations";
import { ApiError } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { signOut } from "../../session";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextField } from "../../ui/form-field";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import type { AcceptBody } from "./accept-invitation-page";
import { checkNewPassword } from "./password-rules";

type AcceptFormsProps = {
  invitation: InvitationPreview;
  person: SessionPerson | null;
  onAccept: (body: AcceptBody) => Promise<void>;
};

/** Chooses the way to accept: register (no account), accept (signed in as the invitee) or sign in. */
export function AcceptForms({ invitation, person, onAccept }: AcceptFormsProps) {
  const t = useT();
  const isInvitee = person?.email.toLowerCase() === invitation.email.toLowerCase();
  if (person && !isInvitee) {
    return (
      <div class="notice notice--warning">
        <p>
          {t("auth:invitation.otherPerson", { current: person.email, invited: invitation.email })}
        </p>
        <Button variant="secondary" onClick={() => void signOut()}>
          {t("common:session.signOut")}
        </Button>
      </div>
    );
  }
  if (isInvitee) return <AcceptButton onAccept={onAccept} />;
  return invitation.hasAccount ? (
    <SignInToAccept onAccept={onAccept} />
  ) : (
    <RegisterToAccept onAccept={onAccept} />
  );
}

function AcceptButton({ onAccept }: { onAccept: AcceptFormsProps["onAccept"] }) {
  const t = useT();
  const form = useFormSubmit();
  return (
    <div class="card">
      <FormErrorSummary form={form} fields={[]} />
      <Button isBusy={form.isBusy} onClick={() => void form.run(() => onAccept({}))}>
        {t("auth:invitation.accept")}
      </Button>
    </div>
  );
}

function wrongPasswordKey(error: unknown): string | undefined {
  return error instanceof ApiError && error.code === "UNAUTHENTICATED"
    ? "auth:invitation.wrongPassword"
    : undefined;
}

function SignInToAccept({ onAccept }: { onAccept: AcceptFormsProps["onAccept"] }) {
  const t = useT();
  const [password, setPassword] = useState("");
  const form = useFormSubmit({ messageKeyFor: wrongPasswordKey });
  const fields = [{ name: "password", id: "accept-password", label: t("auth:signIn.password") }];
  async function submit(event: Event) {
    event.preventDefault();
    await form.run(
      () => onAccept({ password }),
      () => requireFilled({ password }, ["password"]),
    );
  }
  return (
    <section class="card" aria-labelledby="accept-sign-in-title">
      <h2 id="accept-sign-in-title">{t("auth:invitation.signInTitle")}</h2>
      <p>{t("auth:invitation.signInIntro")}</p>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="accept-password"
          type="password"
          autoComplete="current-password"
          label={t("auth:signIn.password")}
          error={form.fieldKeys.password ? t(form.fieldKeys.password) : undefined}
          value={password}
          onValue={setPassword}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("auth:invitation.signInAndAccept")}
        </Button>
      </form>
    </section>
  );
}

function RegisterToAccept({ onAccept }: { onAccept: AcceptFormsProps["onAccept"] }) {
  const t = useT();
  const [values, setValues] = useState({ displayName: "", password: "", confirm: "" });
  const form = useFormSubmit();
  const fields = [
    { name: "displayName", id: "accept-name", label: t("auth:invitation.name") },
    { name: "password", id: "accept-new-password", label: t("common:password.new") },
    { name: "confirm", id: "accept-confirm", label: t("common:password.confirm") },
  ];
  async function submit(event: Event) {
    event.preventDefault();
    await form.run(
      () => onAccept({ displayName: values.displayName, password: values.password }),
      () => ({
        ...requireFilled(values, ["displayName"]),
        ...checkNewPassword(values, "password", "confirm"),
      }),
    );
  }
  const error = (name: string) => (form.fieldKeys[name] ? t(form.fieldKeys[name]) : undefined);
  return (
    <section class="card" aria-labelledby="accept-register-title">
      <h2 id="accept-register-title">{t("auth:invitation.registerTitle")}</h2>
      <p>{t("auth:invitation.registerIntro")}</p>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="accept-name"
          autoComplete="name"
          label={t("auth:invitation.name")}
          hint={t("auth:invitation.nameHint")}
          error={error("displayName")}
          value={values.displayName}
          onValue={(displayName) => setValues({ ...values, displayName })}
        />
        <TextField
          id="accept-new-password"
          type="password"
          autoComplete="new-password"
          label={t("common:password.new")}
          hint={t("common:password.hint")}
          error={error("password")}
          value={values.password}
          onValue={(password) => setValues({ ...values, password })}
        />
        <TextField
          id="accept-confirm"
          type="password"
          autoComplete="new-password"
          label={t("common:password.confirm")}
          error={error("confirm")}
          value={values.confirm}
          onValue={(confirm) => setValues({ ...values, confirm })}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("auth:invitation.registerAndAccept")}
        </Button>
      </form>
    </section>
  );
}
