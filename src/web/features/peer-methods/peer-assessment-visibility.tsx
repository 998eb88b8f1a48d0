import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { joinList } from "../peer-visits/visible-to";
import { audienceKeys, sideGroupKeys } from "./peer-assessment-labels";
import { type AssessmentDirectionView, audienceOf } from "./peer-assessment-values";

function VisibleLine(props: { text: string; id?: string }) {
  return (
    <p class="visible-to" id={props.id}>
      <span aria-hidden="true" class="visible-to__icon">
        🔒
      </span>{" "}
      {props.text}
    </p>
  );
}

/**
 * Says who reads a direction's answers, from the same rules the server enforces: the assessing
 * side, the moderator and the facilitators; once submitted, the assessed side as well.
 */
export function AnswersVisibleTo(props: { direction: AssessmentDirectionView; id?: string }) {
  const t = useT();
  const names = audienceOf(props.direction).map((reader) =>
    reader.kind === "side" ? t(sideGroupKeys[reader.side]) : t(audienceKeys[reader.kind]),
  );
  return (
    <VisibleLine
      id={props.id}
      text={t("peer-visit:visibleTo.label", { list: joinList(names, getLocale()) })}
    />
  );
}

/** Says who reads the project plans: everyone taking part in the activity and the facilitators. */
export function PlanVisibleTo() {
  const t = useT();
  return <VisibleLine text={t("peer-assessment:plan.visibleTo")} />;
}
