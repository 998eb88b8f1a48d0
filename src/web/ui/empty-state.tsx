import type { ComponentChildren } from "preact";

type EmptyStateProps = {
  title: string;
  text: string;
  /** Heading level that fits the surrounding outline (default 2). */
  level?: 2 | 3;
  children?: ComponentChildren;
};

/** What a list shows when it has nothing yet: a short heading, why, and what to do next. */
export function EmptyState({ title, text, level = 2, children }: EmptyStateProps) {
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <div class="empty-state">
      <Heading class="empty-state__title">{title}</Heading>
      <p>{text}</p>
      {children}
    </div>
  );
}
