import { useT } from "../../i18n/use-t";

/** One checkbox: the value kept and the label shown. */
export type CheckboxOption = { value: string; label: string };

type CheckboxGroupProps = {
  /** Prefix of the checkbox ids (`<id>-<index>`); the first box is what error links focus. */
  id: string;
  legend: string;
  hint?: string;
  /** Already translated error message. */
  error?: string | undefined;
  options: CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shows "(optional)" after the legend. */
  isOptional?: boolean;
};

/** A fieldset of checkboxes with legend, hint and error (for tag and language choices). */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const t = useT();
  const { id, legend, hint, error, options, selected, onChange, isOptional } = props;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  function toggle(value: string, isChecked: boolean) {
    const rest = selected.filter((v) => v !== value);
    onChange(isChecked ? [...rest, value] : rest);
  }
  return (
    <fieldset
      class={error ? "choice-group field--error" : "choice-group"}
      aria-describedby={describedBy.length > 0 ? describedBy.join(" ") : undefined}
    >
      <legend class="field__label">
        {legend}
        {isOptional ? <span class="field__optional"> {t("common:form.optional")}</span> : null}
      </legend>
      {hint ? (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">{t("common:form.errorPrefix")} </span>
          {error}
        </p>
      ) : null}
      <div class="choice-group__options">
        {options.map((o, i) => (
          <label key={o.value} class="choice" for={`${id}-${i}`}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            />{" "}
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
