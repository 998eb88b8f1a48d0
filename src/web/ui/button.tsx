import type { ComponentChildren, JSX } from "preact";

/** Visual weight of a button: one primary action per form, danger for destructive ones. */
export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, "class"> & {
  variant?: ButtonVariant;
  /** While true the button is disabled and announces itself busy. */
  isBusy?: boolean;
  children: ComponentChildren;
};

/** A native button with our styles; `type` defaults to "button" so only submit buttons submit. */
export function Button({
  variant = "primary",
  isBusy,
  children,
  type,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type ?? "button"}
      class={`button button--${variant}`}
      disabled={Boolean(disabled) || isBusy}
      aria-busy={isBusy ? "true" : undefined}
    >
      {children}
    </button>
  );
}

/** A link styled as a button, for navigation that looks like an action ("New initiative"). */
export function ButtonLink(props: {
  href: string;
  variant?: ButtonVariant;
  children: ComponentChildren;
}) {
  return (
    <a class={`button button--${props.variant ?? "primary"}`} href={props.href}>
      {props.children}
    </a>
  );
}
