import { useT } from "../i18n/use-t";
import { ErrorSummary } from "./error-summary";
import { summaryItemsOf, type useFormSubmit } from "./use-form-submit";

type FormErrorSummaryProps = {
  form: ReturnType<typeof useFormSubmit>;
  /** The form's fields in display order: name (as in error keys), control id and label. */
  fields: { name: string; id: string; label: string }[];
};

/** The error summary of one form, fed by `useFormSubmit`; falls back to a general message. */
export function FormErrorSummary({ form, fields }: FormErrorSummaryProps) {
  const t = useT();
  const items = summaryItemsOf(form.fieldKeys, fields, t);
  const hasUnplacedErrors = items.length === 0 && Object.keys(form.fieldKeys).length > 0;
  const messageKey = form.messageKey ?? (hasUnplacedErrors ? "common:apiError.INVALID" : null);
  return (
    <ErrorSummary
      items={items}
      message={messageKey ? t(messageKey) : undefined}
      attempt={form.attempt}
    />
  );
}
