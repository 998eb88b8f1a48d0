import type { FieldErrorKeys } from "./use-form-submit";

type BindingOptions<V extends Record<string, string>> = {
  /** Prefix of the control ids (`<prefix>-<name>`), unique on the page. */
  prefix: string;
  values: V;
  setValues: (values: V) => void;
  fieldKeys: FieldErrorKeys;
  /** i18n key of each field's label, in display order. */
  labelKeys: Record<keyof V & string, string>;
  translate: (key: string) => string;
};

/** The props a field component needs for one form value. */
export type BoundField = {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  onValue: (value: string) => void;
};

/**
 * Wires a form's string values to field components: `bind(name)` gives id, translated label,
 * translated error, value and setter; `summaryFields` lists the fields for the error summary.
 */
export function bindFields<V extends Record<string, string>>(options: BindingOptions<V>) {
  const { prefix, values, setValues, fieldKeys, labelKeys, translate } = options;
  const names = Object.keys(labelKeys) as (keyof V & string)[];
  const idOf = (name: string) => `${prefix}-${name}`;
  const bind = (name: keyof V & string): BoundField => {
    const errorKey = fieldKeys[name];
    return {
      id: idOf(name),
      label: translate(labelKeys[name] ?? name),
      error: errorKey ? translate(errorKey) : undefined,
      value: values[name] ?? "",
      onValue: (value) => setValues({ ...values, [name]: value }),
    };
  };
  const summaryFields = names.map((name) => ({
    name,
    id: idOf(name),
    label: translate(labelKeys[name] ?? name),
  }));
  return { bind, summaryFields };
}
