import { useT } from "../../i18n/use-t";
import { AdaptationPart } from "./adaptation-part";
import { ImprovementActionList } from "./improvement-action-list";
import type { PeerVisitPartProps } from "./part-props";

/**
 * Phase 4 of the peer visit: the host turns the agreed feedback into improvement actions and
 * the visiting peers say what they will adapt at home. Shown from follow-up on; read-only once
 * the visit is closed (the server's permissions say so). The agreed strengths and weaknesses
 * are shown by the feedback part above; the action form offers them as suggestions.
 */
export function FollowUpPart(props: PeerVisitPartProps) {
  const t = useT();
  const { visit } = props;
  if (visit.phase !== "follow_up" && visit.phase !== "closed") return null;
  return (
    <section class="section" aria-labelledby="follow-up-title">
      <h3 id="follow-up-title">{t("peer-visit:followUp.title")}</h3>
      <p class="lead">
        {visit.phase === "closed"
          ? t("peer-visit:followUp.closedIntro")
          : t("peer-visit:followUp.intro")}
      </p>
      <ImprovementActionList {...props} />
      <AdaptationPart {...props} />
    </section>
  );
}
