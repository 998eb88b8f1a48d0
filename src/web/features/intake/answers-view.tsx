import type { IntakeResponse, ReformAreaTag } from "../../../shared/contracts/intake";
import { useT } from "../../i18n/use-t";
import { formatDate } from "../../ui/format";
import { joinList, labelTag, nameLanguage } from "./intake-labels";

type AnswersViewProps = {
  response: IntakeResponse;
  tags: readonly ReformAreaTag[];
};

/** A peer's survey answers, read-only (the peer's own after closing; any peer's for facilitators). */
export function AnswersView({ response, tags }: AnswersViewProps) {
  const t = useT();
  const texts = [
    ["intake:form.offers", response.offers],
    ["intake:form.wants", response.wants],
    ["intake:form.currentInitiative", response.currentInitiative],
    ["intake:form.availability", response.availability],
  ] as const;
  return (
    <dl class="answers">
      <div class="answers__item">
        <dt>{t("intake:form.challengesTitle")}</dt>
        <dd>
          <ol class="challenge-answers">
            {response.challenges.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: read-only list in stored order
              <li key={i}>
                <span class="prewrap">{c.text}</span>
                {c.tags.length > 0 ? (
                  <span class="challenge-answers__tags">
                    {c.tags.map((key) => (
                      <span key={key} class="tag">
                        {labelTag(key, tags, t)}
                      </span>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </dd>
      </div>
      {texts.map(([key, value]) => (
        <div key={key} class="answers__item">
          <dt>{t(key)}</dt>
          <dd class={value ? "prewrap" : "answers__empty"}>{value || t("intake:answers.none")}</dd>
        </div>
      ))}
      <div class="answers__item">
        <dt>{t("intake:form.languages")}</dt>
        <dd>{joinList(response.languages.map((code) => nameLanguage(code)))}</dd>
      </div>
      <div class="answers__item">
        <dt>{t("intake:form.answerLanguage")}</dt>
        <dd>{nameLanguage(response.answerLanguage)}</dd>
      </div>
      <div class="answers__item">
        <dt>{t("intake:answers.champion")}</dt>
        <dd>{t(response.isChampion ? "intake:answers.yes" : "intake:answers.no")}</dd>
      </div>
      <div class="answers__item">
        <dt>{t("intake:answers.updated")}</dt>
        <dd>{formatDate(response.updatedAt)}</dd>
      </div>
    </dl>
  );
}
