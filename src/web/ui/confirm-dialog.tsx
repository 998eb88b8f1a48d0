import { useEffect, useId, useRef } from "preact/hooks";
import { useT } from "../i18n/use-t";
import { Button } from "./button";

type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  isBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before a destructive action, in a native modal `<dialog>` (focus is trapped by the
 * browser, Escape cancels). Focus starts on "Cancel", the safe choice, and returns to the
 * element that opened the dialog when it closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<Element | null>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.isOpen && !dialog.open) {
      openerRef.current = document.activeElement;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!props.isOpen && dialog.open) {
      dialog.close();
      if (openerRef.current instanceof HTMLElement && openerRef.current.isConnected)
        openerRef.current.focus();
    }
  }, [props.isOpen]);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={`${id}-title`} class="dialog__title">
        {props.title}
      </h2>
      <p id={`${id}-body`}>{props.body}</p>
      <div class="button-row">
        <Button variant="danger" isBusy={props.isBusy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
        <button
          type="button"
          class="button button--secondary"
          ref={cancelRef}
          onClick={props.onCancel}
        >
          {t("common:action.cancel")}
        </button>
      </div>
    </dialog>
  );
}
