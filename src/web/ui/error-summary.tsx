import { useEffect, useId, useRef } from "preact/hooks";
import { useT } from "../i18n/use-t";

/** One problem listed in the summary, linking to the field that has it. */
export type SummaryItem = { fieldId: string; message: string };

type ErrorSummaryProps = {
  items: SummaryItem[];
  /** A problem not tied to one field (wrong password, stale version ...). */
  message?: string;
  /** Changes on every failed submit so focus moves to the summary again. */
  attempt: number;
};

function focusField(event: MouseEvent, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * Lists what stopped a form from being sent, at the top of the form. It takes focus after each
 * failed submit (role=alert also announces it) and its links move focus to the fields.
 */
export function ErrorSummary({ items, message, attempt }: ErrorSummaryProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const isVisible = items.length > 0 || Boolean(message);
  useEffect(() => {
    if (isVisible && attempt > 0) ref.current?.focus();
  }, [attempt, isVisible]);
  if (!isVisible) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 class="error-summary__title" id={titleId}>
        {t("common:form.summaryTitle")}
      </h2>
      {message ? <p class="error-summary__message">{message}</p> : null}
      {items.length > 0 ? (
        <ul class="error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a href={`#${item.fieldId}`} onClick={(e) => focusField(e, item.fieldId)}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
