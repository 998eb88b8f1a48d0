import type { FieldErrorKeys } from "../../ui/use-form-submit";

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** The props a text, select or text-area field needs for one value of a form. */
export type FieldProps = {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  onValue: (value: string) => void;
};

/**
 * Wires one form's string values to field components by name: id `<prefix>-<name>`, the
 * translated label and error, the value and its setter. Non-string values are wired by hand.
 */
export function fieldBinder<V extends Record<string, unknown>>(options: {
  prefix: string;
  values: V;
  setValues: (values: V) => void;
  errors: FieldErrorKeys;
  translate: (key: string) => string;
}) {
  const { prefix, values, setValues, errors, translate } = options;
  return {
    /** The control id of a field (also for error summary links). */
    idOf: (name: string) => `${prefix}-${name}`,
    /** A translated error for any field name, or undefined. */
    errorOf: (name: string) => (errors[name] ? translate(errors[name] ?? "") : undefined),
    bind: (name: StringKeys<V>, labelKey: string): FieldProps => ({
      id: `${prefix}-${name}`,
      label: translate(labelKey),
      error: errors[name] ? translate(errors[name] ?? "") : undefined,
      value: values[name] as string,
      onValue: (value: string) => setValues({ ...values, [name]: value }),
    }),
  };
}
