import { useEffect, useState } from "preact/hooks";
import { feedbackPrinciples, hintFeedback } from "../../../domain/peer-visit/feedback-rules";
import { feedbackHintKey } from "../../../domain/peer-visit/message-keys";
import type { FeedbackLanguage } from "../../../domain/peer-visit/text-terms";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { pvKey } from "./peer-visit-keys";

/** The hint language for the interface language: the rules know English and Swedish. */
export function feedbackLanguageOf(locale: string): FeedbackLanguage {
  return locale === "sv" ? "sv" : "en";
}

/** `value`, but only once it has stopped changing for `delayMs` (so hints do not flicker). */
function useSettledValue(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

type FeedbackHintsProps = {
  /** The draft as typed. */
  text: string;
  /** Id of the hint region, for the text box's `aria-describedby`. */
  id: string;
  /** Pause after typing before the hints update, in ms. */
  delayMs?: number;
};

/**
 * Live advice beside a feedback draft, from the toolbox's rules for good feedback (descriptive,
 * specific, about what the host can change). A polite live region, updated once typing pauses,
 * so screen readers hear the advice without being interrupted at every key. Never blocks saving.
 */
export function FeedbackHints({ text, id, delayMs = 400 }: FeedbackHintsProps) {
  const t = useT();
  const settled = useSettledValue(text, delayMs);
  const hints = hintFeedback(settled, feedbackLanguageOf(getLocale()));
  const isBlank = settled.trim().length === 0;
  return (
    <div class="feedback-hints">
      <div id={id} class="feedback-hints__live" aria-live="polite">
        {isBlank ? null : hints.length === 0 ? (
          <p class="feedback-hints__clear">{t("peer-visit:hints.clear")}</p>
        ) : (
          <>
            <p class="visually-hidden">{t("peer-visit:hints.title", { count: hints.length })}</p>
            <ul class="feedback-hints__list">
              {hints.map((hint) => (
                <li key={hint.code} class="feedback-hints__item" data-hint={hint.code}>
                  <strong>{t(pvKey(feedbackHintKey(hint.code)), hint.params)}</strong>{" "}
                  <span>{t(pvKey(`${feedbackHintKey(hint.code)}_advice`))}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <details class="feedback-hints__principles">
        <summary>{t("peer-visit:hints.principlesTitle")}</summary>
        <ul>
          {feedbackPrinciples.map((principle) => (
            <li key={principle}>{t(pvKey(`principle.${principle}`))}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
