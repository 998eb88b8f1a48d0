import { useEffect } from "preact/hooks";
import type { Workshop } from "../../../shared/contracts/workshops";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import { isConflict } from "../activities/activity-change";
import { useRebasedDraft } from "../peer-methods/rebased-draft";
import { pvKey } from "../peer-visits/peer-visit-keys";
import {
  type OutputDraft,
  outputBody,
  outputKindKeys,
  outputKinds,
  type WorkshopOutput,
  type WorkshopOutputKind,
} from "./workshop-rules";

type OutputFormProps = {
  workshop: Workshop;
  base: string;
  /** The output being edited; null captures a new one. */
  output: WorkshopOutput | null;
  reload: () => Promise<unknown>;
  /** Called after a successful edit, and on cancel (edit only). */
  onDone?: () => void;
};

function emptyDraft(output: WorkshopOutput | null): OutputDraft {
  return {
    kind: output?.kind ?? "insight",
    stepKey: output?.stepKey ?? "",
    text: output?.text ?? "",
  };
}

/**
 * Sends a capture (POST) or an edit (PATCH with the version seen); a 409 reloads and says that
 * the typed change is kept on top of the latest version.
 */
function useOutputSave(props: OutputFormProps) {
  const { workshop, base, output, reload } = props;
  const form = useFormSubmit({
    messageKeyFor: (error) => (isConflict(error) ? "workshop:conflictKept" : undefined),
  });
  const save = (draft: OutputDraft) =>
    form.run(
      async () => {
        const body = outputBody(draft, workshop.method.runSheet);
        try {
          if (output) {
            const path = `${base}/workshop/outputs/${output.id}`;
            await api.patch(path, { ...body, version: output.version });
          } else await api.post(`${base}/workshop/outputs`, body);
        } catch (error) {
          if (isConflict(error)) await reload();
          throw error;
        }
      },
      () => requireFilled({ text: draft.text }, ["text"]),
    );
  return { form, save };
}

function useStepOptions(workshop: Workshop) {
  const t = useT();
  return workshop.method.runSheet.map((step, index) => {
    const text = t(pvKey(step.key));
    const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    const number = t("peer-visit:library.stepNumber", { number: index + 1 });
    return { value: step.key, label: `${number}: ${short}` };
  });
}

/** Captures an output of the room (anyone taking part), or edits one (author, hosts, facilitators). */
export function WorkshopOutputForm(props: OutputFormProps) {
  const t = useT();
  const { workshop, output, reload, onDone } = props;
  const [draft, setDraft] = useRebasedDraft(emptyDraft(output), output?.version ?? 0);
  const { form, save } = useOutputSave(props);
  const prefix = `output-${output ? output.id : "new"}`;
  useEffect(() => {
    if (output) document.getElementById(`${prefix}-text`)?.focus();
  }, []);
  const title = t(output ? "workshop:output.form.editTitle" : "workshop:output.form.addTitle");
  const stepOptions = useStepOptions(workshop);
  async function submit(event: Event) {
    event.preventDefault();
    if (!(await save(draft))) return;
    showToast(t(output ? "workshop:output.saved" : "workshop:output.added"));
    if (!output) setDraft({ ...draft, text: "" });
    await reload();
    onDone?.();
  }
  const set = (patch: Partial<OutputDraft>) => setDraft({ ...draft, ...patch });
  const textLabel = t("workshop:output.form.text");
  const errorOf = (name: string) => (form.fieldKeys[name] ? t(form.fieldKeys[name]) : undefined);
  const fields = [
    { name: "kind", id: `${prefix}-kind`, label: t("workshop:output.form.kind") },
    { name: "stepKey", id: `${prefix}-step`, label: t("workshop:output.form.step") },
    { name: "text", id: `${prefix}-text`, label: textLabel },
  ];
  return (
    <div class={output ? undefined : "card"}>
      {output ? null : <h4 class="card__title">{title}</h4>}
      <FormErrorSummary form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit} aria-label={title}>
        <SelectField
          id={`${prefix}-kind`}
          label={t("workshop:output.form.kind")}
          value={draft.kind}
          options={outputKinds.map((k) => ({ value: k, label: t(outputKindKeys[k]) }))}
          error={errorOf("kind")}
          onValue={(v) => set({ kind: v as WorkshopOutputKind })}
        />
        <SelectField
          id={`${prefix}-step`}
          label={t("workshop:output.form.step")}
          value={draft.stepKey}
          options={stepOptions}
          emptyLabel={t("workshop:output.form.noStep")}
          isOptional
          error={errorOf("stepKey")}
          onValue={(v) => set({ stepKey: v })}
        />
        <TextAreaField
          id={`${prefix}-text`}
          label={textLabel}
          value={draft.text}
          rows={4}
          maxLength={4000}
          error={errorOf("text")}
          onValue={(v) => set({ text: v })}
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t(output ? "workshop:output.form.save" : "workshop:output.form.add")}
          </Button>
          {output ? (
            <Button variant="secondary" onClick={() => onDone?.()}>
              {t("common:action.cancel")}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
