import { useEffect, useState } from "preact/hooks";
import { api } from "../../api-client";
import { createClientId } from "../../client-id";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "../activities/activity-change";
import { RadioGroup } from "../matching/radio-group";
import { useRebasedDraft } from "./rebased-draft";
import {
  entryKinds,
  entrySaveBody,
  type ShadowingEntry,
  type ShadowingEntryKind,
} from "./work-shadowing-rules";

type EntryFormProps = {
  base: string;
  /** The entry being edited; null writes a new one. */
  entry: ShadowingEntry | null;
  reload: () => Promise<unknown>;
  /** Called after a successful save of an edit, and on cancel. */
  onDone?: () => void;
};

const kindOptionKeys: Record<ShadowingEntryKind, { label: string; hint: string }> = {
  observation: {
    label: "shadowing:entries.form.observation",
    hint: "shadowing:entries.form.observationHint",
  },
  idea: { label: "shadowing:entries.form.idea", hint: "shadowing:entries.form.ideaHint" },
};

/**
 * Saves an entry with an idempotent PUT under an id the browser chose: a retry after a lost
 * answer (same id, same version) lands on the same entry instead of writing a second one.
 */
function useEntrySave(props: EntryFormProps) {
  const { base, entry, reload } = props;
  const [entryId, setEntryId] = useState(() => entry?.id ?? createClientId());
  const form = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? "shadowing:conflictKept" : undefined),
  });
  const save = (kind: ShadowingEntryKind, text: string) =>
    form.run(
      async () => {
        const path = `${base}/work-shadowing/entries/${entryId}`;
        try {
          await api.put(path, entrySaveBody({ kind, text }, entry));
        } catch (error) {
          if (isConflict(error)) await reload();
          throw error;
        }
      },
      () => requireFilled({ text }, ["text"]),
    );
  const startNext = () => setEntryId(createClientId());
  return { form, save, prefix: `entry-${entry ? entry.id : "new"}`, startNext };
}

/** Writes a new observation or idea, or edits one's own (visitors only). */
export function ShadowingEntryForm(props: EntryFormProps) {
  const t = useT();
  const { entry, reload, onDone } = props;
  // After a stale-version reload the typed text stays, on top of the latest version.
  const [draft, setDraft] = useRebasedDraft(
    { kind: entry?.kind ?? ("observation" as ShadowingEntryKind), text: entry?.text ?? "" },
    entry?.version ?? 0,
  );
  const { kind, text } = draft;
  const setKind = (next: ShadowingEntryKind) => setDraft({ ...draft, kind: next });
  const setText = (next: string) => setDraft({ ...draft, text: next });
  const { form, save, prefix, startNext } = useEntrySave(props);
  useEffect(() => {
    if (entry) document.getElementById(`${prefix}-text`)?.focus();
  }, []);
  const title = t(entry ? "shadowing:entries.form.editTitle" : "shadowing:entries.form.addTitle");
  async function submit(event: Event) {
    event.preventDefault();
    if (!(await save(kind, text))) return;
    showToast(t(entry ? "shadowing:entries.saved" : "shadowing:entries.added"));
    if (!entry) {
      setText("");
      startNext();
    }
    await reload();
    onDone?.();
  }
  const textLabel = t("shadowing:entries.form.text");
  const options = entryKinds.map((k) => ({
    value: k,
    label: t(kindOptionKeys[k].label),
    hint: t(kindOptionKeys[k].hint),
  }));
  return (
    <div class={entry ? undefined : "card"}>
      {entry ? null : <h4 class="card__title">{title}</h4>}
      <FormErrorSummary
        form={form}
        fields={[{ name: "text", id: `${prefix}-text`, label: textLabel }]}
      />
      <form class="form" noValidate onSubmit={submit} aria-label={title}>
        <RadioGroup
          id={`${prefix}-kind`}
          legend={t("shadowing:entries.form.kind")}
          options={options}
          value={kind}
          onValue={(v) => setKind(v as ShadowingEntryKind)}
        />
        <TextAreaField
          id={`${prefix}-text`}
          label={textLabel}
          hint={t("shadowing:entries.form.textHint")}
          value={text}
          rows={5}
          maxLength={8000}
          error={form.fieldKeys.text ? t(form.fieldKeys.text) : undefined}
          onValue={setText}
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t(entry ? "shadowing:entries.form.save" : "shadowing:entries.form.add")}
          </Button>
          {entry ? (
            <Button variant="secondary" onClick={() => onDone?.()}>
              {t("common:action.cancel")}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
