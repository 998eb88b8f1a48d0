import type { ComponentChildren, JSX } from "preact";
import { useT } from "../i18n/use-t";

/** What every field shows around its control: label, optional hint, error message. */
export type FieldFrameProps = {
  /** The control's id; the hint and error ids derive from it. */
  id: string;
  label: string;
  hint?: string;
  /** Already translated error message; marks the control invalid. */
  error?: string;
  /** Shows "(optional)" after the label; fields are required unless said otherwise. */
  isOptional?: boolean;
};

/** The `aria-describedby` value for a field: hint and error ids, when present. */
export function describedByOf({ id, hint, error }: FieldFrameProps): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Label, hint and error around one form control, linked by ids for screen readers. */
export function FieldFrame(props: FieldFrameProps & { children: ComponentChildren }) {
  const t = useT();
  const { id, label, hint, error, isOptional, children } = props;
  return (
    <div class={error ? "field field--error" : "field"}>
      <label class="field__label" for={id}>
        {label}
        {isOptional ? <span class="field__optional"> {t("common:form.optional")}</span> : null}
      </label>
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
      {children}
    </div>
  );
}

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "id" | "label" | "onChange"> &
  FieldFrameProps & { onValue: (value: string) => void; value: string };

/** A labelled text input (text, email, password, date, number ...). */
export function TextField(props: InputProps) {
  const { id, label, hint, error, isOptional, onValue, ...input } = props;
  const frame = { id, label, hint, error, isOptional };
  return (
    <FieldFrame {...frame}>
      <input
        {...input}
        id={id}
        name={input.name ?? id}
        class={`input ${input.class ?? ""}`.trim()}
        aria-describedby={describedByOf(frame)}
        aria-invalid={error ? "true" : undefined}
        required={!isOptional}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}

type TextAreaProps = FieldFrameProps & {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  maxLength?: number;
  readOnly?: boolean;
};

/** A labelled multi-line text box. */
export function TextAreaField(props: TextAreaProps) {
  const {
    id,
    label,
    hint,
    error,
    isOptional,
    onValue,
    value,
    rows = 4,
    maxLength,
    readOnly,
  } = props;
  const frame = { id, label, hint, error, isOptional };
  return (
    <FieldFrame {...frame}>
      <textarea
        id={id}
        name={id}
        class="textarea"
        rows={rows}
        maxLength={maxLength}
        readOnly={readOnly}
        value={value}
        aria-describedby={describedByOf(frame)}
        aria-invalid={error ? "true" : undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}

/** One choice of a select: the value sent and the translated label shown. */
export type SelectOption = { value: string; label: string; lang?: string };

type SelectProps = FieldFrameProps & {
  value: string;
  options: SelectOption[];
  onValue: (value: string) => void;
  /** Label of an empty first choice (e.g. "Not set"); omitted means a choice is required. */
  emptyLabel?: string;
};

/** A labelled native select. */
export function SelectField(props: SelectProps) {
  const { id, label, hint, error, isOptional, onValue, value, options, emptyLabel } = props;
  const frame = { id, label, hint, error, isOptional };
  return (
    <FieldFrame {...frame}>
      <select
        id={id}
        name={id}
        class="select"
        value={value}
        aria-describedby={describedByOf(frame)}
        aria-invalid={error ? "true" : undefined}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
