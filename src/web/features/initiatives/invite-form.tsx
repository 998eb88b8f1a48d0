import { useState } from "preact/hooks";
import type { MemberRole } from "../../../shared/contracts/initiatives";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { bindFields } from "../../ui/field-binding";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextAreaField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { keysOf, memberRoleKeys } from "./labels";

type Values = { email: string; role: MemberRole; message: string };

const emptyInvite: Values = { email: "", role: "peer", message: "" };

const labelKeys = {
  email: "initiatives:invitations.email",
  role: "initiatives:members.role",
  message: "initiatives:invitations.message",
} as const satisfies Record<keyof Values, string>;

function alreadyMemberKey(error: unknown): string | undefined {
  const isConflict = error instanceof ApiError && error.code === "CONFLICT";
  return isConflict ? "initiatives:invitations.alreadyMember" : undefined;
}

/** Invites a person by e-mail with a role and an optional personal note (sent in the mail). */
export function InviteForm(props: { initiativeId: string; onInvited: () => void }) {
  const t = useT();
  const [values, setValues] = useState(emptyInvite);
  const form = useFormSubmit({ messageKeyFor: alreadyMemberKey });
  const { bind, summaryFields } = bindFields({
    prefix: "invite",
    values,
    setValues,
    fieldKeys: form.fieldKeys,
    labelKeys,
    translate: t,
  });
  async function submit(event: Event) {
    event.preventDefault();
    const email = values.email.trim();
    const message = values.message.trim();
    const body = { email, role: values.role, ...(message ? { message } : {}) };
    const path = `/api/initiatives/${props.initiativeId}/invitations`;
    const ok = await form.run(
      () => api.post(path, body),
      () => requireFilled(values, ["email"]),
    );
    if (!ok) return;
    setValues(emptyInvite);
    showToast(t("initiatives:invitations.sentTo", { email }));
    props.onInvited();
  }
  const roles = keysOf(memberRoleKeys).map((r) => ({ value: r, label: t(memberRoleKeys[r]) }));
  return (
    <div class="card">
      <h3 class="card__title">{t("initiatives:invitations.formTitle")}</h3>
      <FormErrorSummary form={form} fields={summaryFields} />
      <form class="form" noValidate onSubmit={submit}>
        <div class="field-row">
          <TextField {...bind("email")} type="email" autoComplete="off" spellcheck={false} />
          <SelectField {...bind("role")} options={roles} />
        </div>
        <TextAreaField
          {...bind("message")}
          isOptional
          rows={3}
          maxLength={1000}
          hint={t("initiatives:invitations.messageHint")}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("initiatives:invitations.send")}
        </Button>
      </form>
    </div>
  );
}
