import { objectivePartLabelKey } from "../../../domain/objectives/objective-types";
import { useT } from "../../i18n/use-t";
import { SelectField, TextAreaField, TextField } from "../../ui/form-field";
import { AdviceList } from "./advice-list";
import { adviseDraft, composeDraft, hasSubstance, type ObjectiveDraft } from "./objective-draft";

type DraftProps = {
  /** Id prefix of the controls, unique on the page. */
  prefix: string;
  draft: ObjectiveDraft;
  set: (patch: Partial<ObjectiveDraft>) => void;
};

const builderParts = [
  { part: "stem", hint: "activities:objectives.stemHint", max: 200 },
  { part: "audience", hint: "activities:objectives.audienceHint", max: 200 },
  { part: "behaviour", hint: "activities:objectives.behaviourHint", max: 100 },
  { part: "content", hint: "activities:objectives.contentHint", max: 400 },
] as const;

/** How the objective is written (builder or one sentence) and in which language. */
export function ObjectiveSettings({ prefix, draft, set }: DraftProps) {
  const t = useT();
  return (
    <div class="field-row">
      <SelectField
        id={`${prefix}-mode`}
        label={t("activities:objectives.mode")}
        value={draft.mode}
        options={[
          { value: "builder", label: t("activities:objectives.modeBuilder") },
          { value: "text", label: t("activities:objectives.modeText") },
        ]}
        onValue={(mode) =>
          set(
            mode === "text"
              ? { mode: "text", text: draft.text || composeDraft(draft) }
              : { mode: "builder" },
          )
        }
      />
      <SelectField
        id={`${prefix}-lang`}
        label={t("activities:objectives.lang")}
        hint={t("activities:objectives.langHint")}
        value={draft.lang}
        options={[
          { value: "en", label: "English", lang: "en" },
          { value: "sv", label: "Svenska", lang: "sv" },
        ]}
        onValue={(lang) => set({ lang: lang === "sv" ? "sv" : "en" })}
      />
    </div>
  );
}

/** The builder's four parts and the sentence they make; or the free sentence. */
export function ObjectiveText(
  props: DraftProps & { errorOf: (name: string) => string | undefined },
) {
  const t = useT();
  const { prefix, draft, set, errorOf } = props;
  if (draft.mode === "text") {
    return (
      <TextAreaField
        id={`${prefix}-text`}
        label={t("activities:objectives.freeText")}
        hint={t("activities:objectives.freeTextHint")}
        error={errorOf("text")}
        value={draft.text}
        rows={3}
        maxLength={600}
        onValue={(text) => set({ text })}
      />
    );
  }
  return (
    <>
      {builderParts.map(({ part, hint, max }) => (
        <TextField
          key={part}
          id={`${prefix}-${part}`}
          label={t(objectivePartLabelKey(part))}
          hint={t(hint)}
          isOptional
          error={errorOf(part)}
          value={draft[part]}
          maxLength={max}
          lang={draft.lang}
          onValue={(value) => set({ [part]: value })}
        />
      ))}
      <div class="objective-preview">
        <p class="objective-preview__label">{t("activities:objectives.preview")}</p>
        <p class="objective-preview__text" lang={draft.lang} data-testid="objective-preview">
          {composeDraft(draft) || t("activities:objectives.previewEmpty")}
        </p>
      </div>
    </>
  );
}

/**
 * The advisor's live advice on the draft as it stood after the last pause in typing, in a
 * polite live region; a weak verb's observable alternatives can be put in place (builder).
 */
export function AdvisorPanel(props: {
  prefix: string;
  settled: ObjectiveDraft;
  onUseVerb?: (verb: string) => void;
}) {
  const t = useT();
  const { prefix, settled } = props;
  const advice = adviseDraft(settled);
  const isWritten = hasSubstance(settled);
  return (
    <section class="advisor" aria-labelledby={`${prefix}-advice-title`}>
      <h5 id={`${prefix}-advice-title`} class="advisor__title">
        {t("activities:objectives.advisorTitle")}
      </h5>
      <div aria-live="polite" data-testid="objective-advice">
        {isWritten && advice.length === 0 ? (
          <p class="advice__good">{t("activities:objectives.adviceGood")}</p>
        ) : null}
        {isWritten ? null : <p class="muted">{t("activities:objectives.adviceWaiting")}</p>}
        <AdviceList advice={advice} verbLang={settled.lang} onUseVerb={props.onUseVerb} />
      </div>
    </section>
  );
}
