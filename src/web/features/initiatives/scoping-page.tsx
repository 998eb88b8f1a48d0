import { useEffect } from "preact/hooks";
import type { Initiative } from "../../../shared/contracts/initiatives";
import { useT } from "../../i18n/use-t";
import { CompletenessPanel } from "./completeness-panel";
import { InitiativeFrame, useInitiative } from "./initiative-frame";
import { scopingOrder, scopingQuestionKeys } from "./labels";
import { ScopingForm } from "./scoping-form";

function focusHashTarget() {
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  target?.focus();
}

function ScopingAnswers({ initiative }: { initiative: Initiative }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="scoping-answers-title">
      <h2 id="scoping-answers-title" class="card__title">
        {t("initiatives:scoping.answersTitle")}
      </h2>
      <dl class="answers">
        {scopingOrder.map((field) => (
          <div key={field} class="answers__item" id={`scoping-${field}`} tabIndex={-1}>
            <dt>{t(scopingQuestionKeys[field].label)}</dt>
            <dd class={initiative.scoping[field] ? "prewrap" : "answers__empty"}>
              {initiative.scoping[field] || t("initiatives:scoping.notAnswered")}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The pre-foundational scoping: nine questions that test whether peer learning is the right tool.
 * Facilitators edit and save any part at any time; everyone else reads the answers.
 */
export function ScopingPage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const isLoaded = initiative.data !== null;
  useEffect(() => {
    if (isLoaded) focusHashTarget();
  }, [isLoaded]);
  return (
    <InitiativeFrame id={id} section="scoping" initiative={initiative}>
      {(data) => (
        <div class="scoping-layout">
          <div class="scoping-layout__main">
            <p class="lead">
              {t(
                data.myRole === "facilitator"
                  ? "initiatives:scoping.intro"
                  : "initiatives:scoping.introReadOnly",
              )}
            </p>
            {data.myRole === "facilitator" ? (
              <ScopingForm initiative={data} resource={initiative} />
            ) : (
              <ScopingAnswers initiative={data} />
            )}
          </div>
          <aside class="scoping-layout__side" aria-label={t("initiatives:completeness.title")}>
            <CompletenessPanel
              initiativeId={id}
              completeness={data.scopingCompleteness}
              isOnScopingPage
            />
          </aside>
        </div>
      )}
    </InitiativeFrame>
  );
}
