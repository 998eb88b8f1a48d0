/** One radio choice: the value kept, its label and an optional hint under it. */
export type RadioOption = { value: string; label: string; hint?: string };

type RadioGroupProps = {
  /** Prefix of the radio ids (`<id>-<value>`) and the group's name. */
  id: string;
  legend: string;
  options: RadioOption[];
  value: string;
  onValue: (value: string) => void;
};

/** A fieldset of radio buttons with a legend; each choice may carry a hint. */
export function RadioGroup({ id, legend, options, value, onValue }: RadioGroupProps) {
  return (
    <fieldset class="choice-group">
      <legend class="field__label">{legend}</legend>
      {options.map((o) => {
        const inputId = `${id}-${o.value}`;
        return (
          <div key={o.value} class="choice choice--block">
            <input
              type="radio"
              id={inputId}
              name={id}
              value={o.value}
              checked={value === o.value}
              aria-describedby={o.hint ? `${inputId}-hint` : undefined}
              onChange={() => onValue(o.value)}
            />{" "}
            <label for={inputId}>{o.label}</label>
            {o.hint ? (
              <p class="field__hint choice__hint" id={`${inputId}-hint`}>
                {o.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
