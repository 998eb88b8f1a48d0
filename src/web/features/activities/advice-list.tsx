import {
  type Advice,
  adviceMessageKey,
  adviceSeverityKey,
} from "../../../domain/objectives/objective-types";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { adviceParams, suggestedVerbs } from "./advice-params";

type AdviceListProps = {
  advice: readonly Advice[];
  /** When given, suggested verbs become buttons that put the verb in place. */
  onUseVerb?: (verb: string) => void;
  /** Language of the suggested verbs (the objective's, not the interface's). */
  verbLang?: string;
};

/** The advisor's advice: a tip or a weakness each, with observable verbs to choose from. */
export function AdviceList({ advice, onUseVerb, verbLang }: AdviceListProps) {
  const t = useT();
  if (advice.length === 0) return null;
  const verbs = suggestedVerbs(advice);
  return (
    <div class="advice">
      <ul class="advice__list">
        {advice.map((a) => (
          <li key={a.code} class={`advice__item advice__item--${a.severity}`}>
            <strong>{t(adviceSeverityKey(a.severity))}:</strong>{" "}
            {t(adviceMessageKey(a.code), adviceParams(a.params))}
          </li>
        ))}
      </ul>
      {verbs.length > 0 && onUseVerb ? (
        <fieldset class="advice__verbs">
          <legend class="advice__verbs-legend">{t("activities:objectives.suggestedVerbs")}</legend>
          {verbs.map((verb) => (
            <Button key={verb} variant="secondary" onClick={() => onUseVerb(verb)}>
              <span class="visually-hidden">{t("activities:objectives.useVerb")} </span>
              <span lang={verbLang}>{verb}</span>
            </Button>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
