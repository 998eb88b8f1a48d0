import { useEffect, useState } from "preact/hooks";

type Toast = { id: number; text: string };

let nextId = 1;
let toasts: Toast[] = [];
const listeners = new Set<(items: Toast[]) => void>();

function publish(items: Toast[]) {
  toasts = items;
  for (const listener of listeners) listener(items);
}

/** Shows a short, already translated confirmation ("Saved") and announces it politely. */
export function showToast(text: string, durationMs = 5000): void {
  const toast = { id: nextId++, text };
  publish([...toasts, toast]);
  setTimeout(() => publish(toasts.filter((t) => t.id !== toast.id)), durationMs);
}

/** The always-present live region toasts appear in (present from the start so screen readers hear them). */
export function ToastRegion() {
  const [items, setItems] = useState<Toast[]>(toasts);
  useEffect(() => {
    listeners.add(setItems);
    return () => {
      listeners.delete(setItems);
    };
  }, []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: <output> allows only phrasing content; this live region holds paragraphs.
    <div class="toasts" role="status" aria-live="polite">
      {items.map((item) => (
        <p key={item.id} class="toast">
          {item.text}
        </p>
      ))}
    </div>
  );
}
