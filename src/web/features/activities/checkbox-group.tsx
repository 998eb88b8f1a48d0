import { useT } from "../../i18n/use-t";

type CheckboxGroupProps<V extends string | number> = {
  /** Id of the group; each box is `<id>-<value>`, and the first box is where errors link to. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: V; label: string }[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
};

/** A labelled group of checkboxes in a fieldset, with hint and error linked for screen readers. */
export function CheckboxGroup<V extends string | number>(props: CheckboxGroupProps<V>) {
  const t = useT();
  const { id, legend, hint, error, options, selected, onChange } = props;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  function toggle(value: V, isOn: boolean) {
    const next = isOn ? [...selected, value] : selected.filter((v) => v !== value);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  }
  return (
    <fieldset
      class={error ? "field checkbox-group field--error" : "field checkbox-group"}
      aria-describedby={describedBy || undefined}
    >
      <legend class="field__label">{legend}</legend>
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
      <div class="checkbox-group__options">
        {options.map((o, index) => (
          <label key={String(o.value)} class="checkbox" for={index === 0 ? id : `${id}-${o.value}`}>
            <input
              type="checkbox"
              id={index === 0 ? id : `${id}-${o.value}`}
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

/** One labelled checkbox for a yes/no value, with an optional hint. */
export function CheckboxField(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field">
      <label class="checkbox" for={props.id}>
        <input
          type="checkbox"
          id={props.id}
          checked={props.checked}
          aria-describedby={props.hint ? `${props.id}-hint` : undefined}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />{" "}
        {props.label}
      </label>
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
