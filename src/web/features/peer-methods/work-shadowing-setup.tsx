import { useEffect, useState } from "preact/hooks";
import type { WorkShadowing } from "../../../shared/contracts/work-shadowing";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "../activities/activity-change";
import { useFocusAfterRender } from "./focus-after-render";
import { useRebasedDraft } from "./rebased-draft";

type SetupProps = { base: string; reload: () => Promise<unknown> };

/**
 * A form whose 409 answer reloads the page data and says why (someone saved first);
 * `conflictKey` says what that means for this form.
 */
function useConflictAwareForm(reload: () => Promise<unknown>, conflictKey: string) {
  const form = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? conflictKey : undefined),
  });
  const send = (action: () => Promise<unknown>, focus: string) =>
    form.run(
      async () => {
        try {
          await action();
        } catch (error) {
          if (isConflict(error)) await reload();
          throw error;
        }
      },
      () => requireFilled({ focus }, ["focus"]),
    );
  return { form, send };
}

function FocusField(props: {
  id: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <TextAreaField
      id={props.id}
      label={t("shadowing:focus.label")}
      hint={t("shadowing:focus.hint")}
      value={props.value}
      maxLength={2000}
      error={props.error}
      onValue={props.onValue}
    />
  );
}

/** Sets the work shadowing up with its focus (facilitators and hosts, while it does not exist). */
export function ShadowingSetup({ base, reload }: SetupProps) {
  const t = useT();
  const [focus, setFocus] = useState("");
  const { form, send } = useConflictAwareForm(reload, "shadowing:conflict");
  const fieldId = "shadowing-setup-focus";
  async function submit(event: Event) {
    event.preventDefault();
    if (!(await send(() => api.post(`${base}/work-shadowing`, { focus: focus.trim() }), focus)))
      return;
    showToast(t("shadowing:setup.done"));
    await reload();
    // This form is gone now: the focus goes to the focus section that replaced it.
    requestAnimationFrame(() => document.getElementById("shadowing-focus-title")?.focus());
  }
  const error = form.fieldKeys.focus ? t(form.fieldKeys.focus) : undefined;
  return (
    <section class="card" aria-labelledby="shadowing-setup-title">
      <h3 id="shadowing-setup-title">{t("shadowing:setup.title")}</h3>
      <p>{t("shadowing:setup.text")}</p>
      <FormErrorSummary
        form={form}
        fields={[{ name: "focus", id: fieldId, label: t("shadowing:focus.label") }]}
      />
      <form class="form" noValidate onSubmit={submit} aria-labelledby="shadowing-setup-title">
        <FocusField id={fieldId} value={focus} onValue={setFocus} error={error} />
        <Button type="submit" isBusy={form.isBusy}>
          {t("shadowing:setup.submit")}
        </Button>
      </form>
    </section>
  );
}

function FocusForm(props: SetupProps & { shadowing: WorkShadowing; onDone: () => void }) {
  const t = useT();
  const { shadowing, base, reload, onDone } = props;
  // After a stale-version reload the typed focus stays, on top of the latest version.
  const [draft, setDraft] = useRebasedDraft({ focus: shadowing.focus }, shadowing.version);
  const focus = draft.focus;
  const setFocus = (next: string) => setDraft({ focus: next });
  const { form, send } = useConflictAwareForm(reload, "shadowing:conflictKept");
  const fieldId = "shadowing-focus";
  useEffect(() => {
    document.getElementById(fieldId)?.focus();
  }, []);
  async function submit(event: Event) {
    event.preventDefault();
    const body = { focus: focus.trim(), version: shadowing.version };
    if (!(await send(() => api.patch(`${base}/work-shadowing`, body), focus))) return;
    showToast(t("shadowing:focus.saved"));
    await reload();
    onDone();
  }
  const error = form.fieldKeys.focus ? t(form.fieldKeys.focus) : undefined;
  return (
    <>
      <FormErrorSummary
        form={form}
        fields={[{ name: "focus", id: fieldId, label: t("shadowing:focus.label") }]}
      />
      <form class="form" noValidate onSubmit={submit} aria-label={t("shadowing:focus.editTitle")}>
        <FocusField id={fieldId} value={focus} onValue={setFocus} error={error} />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t("shadowing:focus.save")}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t("common:action.cancel")}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The focus: the role or project the visitors follow; facilitators and hosts change it. */
export function ShadowingFocus(props: SetupProps & { shadowing: WorkShadowing }) {
  const t = useT();
  const { shadowing } = props;
  const [isEditing, setEditing] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const editId = "shadowing-focus-edit";
  const close = () => {
    setEditing(false);
    focusAfterRender(editId);
  };
  return (
    <section class="section" aria-labelledby="shadowing-focus-title">
      <h3 id="shadowing-focus-title" tabIndex={-1}>
        {t("shadowing:focus.title")}
      </h3>
      {isEditing ? (
        <FocusForm {...props} onDone={close} />
      ) : (
        <>
          <p class="prewrap" data-testid="shadowing-focus">
            {shadowing.focus || t("shadowing:focus.empty")}
          </p>
          {shadowing.permissions.canEdit ? (
            <Button id={editId} variant="secondary" onClick={() => setEditing(true)}>
              {t("shadowing:focus.edit")}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
