import { useEffect, useRef } from "preact/hooks";
import { assessmentQuestions } from "../../../domain/peer-visit/peer-assessment";
import { useT } from "../../i18n/use-t";
import { formatDate } from "../../ui/format";
import { AnswerForm } from "./peer-assessment-answer-form";
import type { AssessmentPartProps } from "./peer-assessment-form-state";
import { directionHeadingKeys, questionKeys, sideGroupKeys } from "./peer-assessment-labels";
import type { AssessmentDirectionView } from "./peer-assessment-values";
import { AnswersVisibleTo } from "./peer-assessment-visibility";

type DirectionProps = AssessmentPartProps & { direction: AssessmentDirectionView };

/** Submitted answers (or a draft the reader may see), question by question. */
function ReadAnswers({ direction }: { direction: AssessmentDirectionView }) {
  const t = useT();
  const answers = direction.answers ?? {};
  return (
    <dl class="answers">
      {assessmentQuestions.map((question) => (
        <div key={question} class="answers__item">
          <dt>{t(questionKeys[question])}</dt>
          {answers[question] ? (
            <dd class="prewrap">{answers[question]}</dd>
          ) : (
            <dd class="answers__empty">{t("peer-assessment:direction.notAnswered")}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}

function DirectionStatus({ direction }: { direction: AssessmentDirectionView }) {
  const t = useT();
  const total = assessmentQuestions.length;
  return (
    <p>
      <span class={direction.isRequired ? "tag" : "tag tag--format"}>
        {t(
          direction.isRequired
            ? "peer-assessment:direction.required"
            : "peer-assessment:direction.optional",
        )}
      </span>{" "}
      {direction.submittedOn
        ? t("peer-assessment:direction.submittedOn", { date: formatDate(direction.submittedOn) })
        : t("peer-assessment:direction.draft", {
            answered: total - direction.missing.length,
            total,
          })}
    </p>
  );
}

function DirectionContent(props: DirectionProps) {
  const t = useT();
  const { view, direction } = props;
  const assessor = t(sideGroupKeys[direction.assessor]);
  const assessed = t(sideGroupKeys[direction.assessedSide]);
  const isAnswering = view.permissions.canAnswerAs === direction.assessor && !direction.submittedOn;
  if (isAnswering) {
    const plan = view.plans.find((p) => p.side === direction.assessedSide);
    return (
      <>
        {plan?.presentedOn ? null : (
          <div class="notice notice--warning">
            <p>{t("peer-assessment:direction.waitingForPlan", { assessed })}</p>
          </div>
        )}
        <AnswerForm {...props} />
      </>
    );
  }
  if (direction.answers !== null) return <ReadAnswers direction={direction} />;
  return (
    <p class="muted">
      {view.mySide === direction.assessedSide
        ? t("peer-assessment:direction.hiddenUntilSubmitted", { assessor })
        : t("peer-assessment:direction.hidden")}
    </p>
  );
}

/**
 * Submitting the answers replaces the form (and its open confirmation dialog) with the read-only
 * answers, which drops the focus: it goes to the direction's heading instead.
 */
function useFocusAfterSubmission(submittedOn: string | null, headingId: string) {
  const previous = useRef(submittedOn);
  useEffect(() => {
    const wasDraft = previous.current === null;
    previous.current = submittedOn;
    const active = document.activeElement;
    const isFocusLost = !active || active === document.body || !active.isConnected;
    if (wasDraft && submittedOn !== null && isFocusLost) {
      document.getElementById(headingId)?.focus();
    }
  }, [submittedOn]);
}

/**
 * One direction of the assessment: the assessing side answers the four questions about the
 * other side's plan. Its status, who reads the answers, and the answers themselves: a form for
 * the assessing side until it submits, read only for everyone allowed to read them.
 */
export function DirectionSection(props: DirectionProps) {
  const t = useT();
  const { direction } = props;
  const headingId = `pa-answer-${direction.assessor}-heading`;
  useFocusAfterSubmission(direction.submittedOn, headingId);
  return (
    <section class="card" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t(directionHeadingKeys[direction.assessor])}
      </h3>
      <DirectionStatus direction={direction} />
      <AnswersVisibleTo direction={direction} />
      <DirectionContent {...props} />
    </section>
  );
}
