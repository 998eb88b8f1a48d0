import { useState } from "preact/hooks";
import { findOtherSide, type PartnerSide } from "../../../domain/peer-visit/peer-assessment";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { formatDate } from "../../ui/format";
import { joinList } from "../peer-visits/visible-to";
import { useFocusAfterRender } from "./focus-after-render";
import type { AssessmentPartProps } from "./peer-assessment-form-state";
import { planHeadingKeys } from "./peer-assessment-labels";
import { PlanForm, PresentationForm } from "./peer-assessment-plan-form";
import type { ProjectPlan } from "./peer-assessment-values";
import { PlanVisibleTo } from "./peer-assessment-visibility";

type PlanCardProps = AssessmentPartProps & { side: PartnerSide };

function SidePeople({ view, side }: PlanCardProps) {
  const t = useT();
  const names = view.people
    .filter((person) => person.side === side)
    .map((person) =>
      person.organisationName
        ? `${person.displayName} (${person.organisationName})`
        : person.displayName,
    );
  if (names.length === 0) return <p class="muted">{t("peer-assessment:plan.noPeople")}</p>;
  return <p>{t("peer-assessment:plan.people", { list: joinList(names, getLocale()) })}</p>;
}

function PlanText({ plan }: { plan: ProjectPlan }) {
  const t = useT();
  if (!plan.title) return <p class="muted">{t("peer-assessment:plan.empty")}</p>;
  return (
    <>
      <h4>{plan.title}</h4>
      {plan.text ? <p class="prewrap">{plan.text}</p> : null}
      {plan.url ? (
        <p>
          <a href={plan.url} rel="noopener noreferrer">
            {t("peer-assessment:plan.link")}
          </a>
        </p>
      ) : null}
    </>
  );
}

function PresentedOn({ plan }: { plan: ProjectPlan }) {
  const t = useT();
  return (
    <p>
      <strong>
        {plan.presentedOn
          ? t("peer-assessment:plan.presentedOn", { date: formatDate(plan.presentedOn) })
          : t("peer-assessment:plan.notPresented")}
      </strong>
    </p>
  );
}

/**
 * One side's project plan: who presents it, the plan itself (or the form to write it, for that
 * side and the facilitators), and when it was presented. Once the other side has submitted its
 * assessment of the plan, the plan and its date stay as they were assessed.
 */
export function PlanCard(props: PlanCardProps) {
  const t = useT();
  const { view, side } = props;
  const plan = view.plans.find((p) => p.side === side);
  const isAssessed = view.directions.some(
    (d) => d.assessor === findOtherSide(side) && d.submittedOn !== null,
  );
  const canEdit = view.permissions.canEditPlanOf.includes(side) && !isAssessed;
  const canRecord = view.permissions.canRecordPresentationOf.includes(side) && !isAssessed;
  // The side that has not written its plan yet starts in the form; facilitators open it.
  const [mode, setMode] = useState<"view" | "start" | "edit">(
    !plan?.title && view.mySide === side ? "start" : "view",
  );
  const focusAfterRender = useFocusAfterRender();
  if (!plan) return null;
  const headingId = `pa-plan-${side}-heading`;
  const editId = `pa-plan-${side}-edit`;
  const showForm = canEdit && mode !== "view";
  const closeForm = () => {
    setMode("view");
    focusAfterRender(editId);
  };
  return (
    <section class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(planHeadingKeys[side])}</h3>
      <SidePeople {...props} />
      <PlanVisibleTo />
      {showForm ? (
        <PlanForm {...props} plan={plan} shouldFocus={mode === "edit"} onDone={closeForm} />
      ) : (
        <PlanText plan={plan} />
      )}
      {canEdit && !showForm ? (
        <Button id={editId} variant="secondary" onClick={() => setMode("edit")}>
          {t(plan.title ? "peer-assessment:plan.edit" : "peer-assessment:plan.write")}
        </Button>
      ) : null}
      <PresentedOn plan={plan} />
      {canRecord && plan.title ? <PresentationForm {...props} plan={plan} /> : null}
      {isAssessed ? <p class="muted">{t("peer-assessment:plan.locked")}</p> : null}
    </section>
  );
}
