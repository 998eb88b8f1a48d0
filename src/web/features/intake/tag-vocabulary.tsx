import { useState } from "preact/hooks";
import type { ReformAreaTag } from "../../../shared/contracts/intake";
import { ApiError, api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { labelTag } from "./intake-labels";

type TagVocabularyProps = {
  initiativeId: string;
  tags: ReformAreaTag[];
  onChanged: () => void;
};

function duplicateKey(error: unknown): string | undefined {
  return error instanceof ApiError && error.code === "CONFLICT" ? "intake:tags.exists" : undefined;
}

/**
 * The reform-area tags peers choose from. The defaults cover common reform areas; facilitators
 * add the initiative's own, and remove added ones nobody has used yet.
 */
export function TagVocabulary({ initiativeId, tags, onChanged }: TagVocabularyProps) {
  const t = useT();
  const [label, setLabel] = useState("");
  const [removing, setRemoving] = useState<ReformAreaTag | null>(null);
  const [isBusy, setBusy] = useState(false);
  const form = useFormSubmit({ messageKeyFor: duplicateKey });
  const base = `/api/initiatives/${initiativeId}/intake/tags`;
  async function add(event: Event) {
    event.preventDefault();
    const text = label.trim();
    const ok = await form.run(
      () => api.post(base, { label: text }),
      () => requireFilled({ label: text }, ["label"]),
    );
    if (!ok) return;
    setLabel("");
    showToast(t("intake:tags.added", { label: text }));
    onChanged();
  }
  async function remove() {
    if (!removing) return;
    setBusy(true);
    try {
      await api.delete(`${base}/${removing.id}`);
      showToast(t("intake:tags.removed", { label: removing.label }));
      onChanged();
    } catch (error) {
      const isUsed = error instanceof ApiError && error.code === "CONFLICT";
      showToast(t(isUsed ? "intake:tags.inUse" : errorKeyOf(error)));
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  }
  const added = tags.filter((tag) => !tag.isDefault);
  return (
    <section class="card" aria-labelledby="tag-vocabulary-title">
      <h2 id="tag-vocabulary-title" class="card__title">
        {t("intake:tags.title")}
      </h2>
      <p>{t("intake:tags.intro")}</p>
      <ul class="tag-cloud" aria-label={t("intake:tags.listLabel")}>
        {tags.map((tag) => (
          <li key={tag.id} class="tag-cloud__item">
            {labelTag(tag.key, tags, t)}
            {!tag.isDefault ? (
              <Button variant="quiet" onClick={() => setRemoving(tag)}>
                {t("intake:tags.remove")}
                <span class="visually-hidden"> {tag.label}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {added.length === 0 ? <p class="muted">{t("intake:tags.noneAdded")}</p> : null}
      <FormErrorSummary
        form={form}
        fields={[{ name: "label", id: "tag-label", label: t("intake:tags.label") }]}
      />
      <form class="inline-form inline-form--field" noValidate onSubmit={add}>
        <TextField
          id="tag-label"
          label={t("intake:tags.label")}
          hint={t("intake:tags.labelHint")}
          error={form.fieldKeys.label ? t(form.fieldKeys.label) : undefined}
          value={label}
          onValue={setLabel}
          maxLength={80}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary" isBusy={form.isBusy}>
          {t("intake:tags.add")}
        </Button>
      </form>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("intake:tags.removeTitle")}
        body={t("intake:tags.removeBody", { label: removing?.label ?? "" })}
        confirmLabel={t("intake:tags.remove")}
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
