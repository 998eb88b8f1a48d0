import type { IntakeOverview } from "../../../shared/contracts/intake";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { useTags } from "./peer-intake";
import { ResponseList } from "./response-list";
import { SurveyStatusPanel } from "./survey-status-panel";
import { TagVocabulary } from "./tag-vocabulary";

/**
 * The facilitator's side of the survey: open and close it, follow who has answered, remind
 * those who have not, read answers, and extend the reform-area tags.
 */
export function FacilitatorIntake({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const overview = useResource(`intake-overview:${initiativeId}`, () =>
    api.get<IntakeOverview>(`/api/initiatives/${initiativeId}/intake/overview`),
  );
  const tags = useTags(initiativeId);
  const error = overview.error ?? tags.error;
  if (error) return <LoadError error={error} onRetry={() => void overview.reload()} />;
  if (!overview.data || !tags.data) return <Loading />;
  return (
    <>
      <p class="lead">{t("intake:manage.intro")}</p>
      <div class="two-columns">
        <SurveyStatusPanel
          key={overview.data.survey.status}
          initiativeId={initiativeId}
          survey={overview.data.survey}
          onChanged={() => void overview.reload()}
        />
        <TagVocabulary
          initiativeId={initiativeId}
          tags={tags.data.items}
          onChanged={() => void tags.reload()}
        />
      </div>
      <ResponseList
        initiativeId={initiativeId}
        overview={overview.data}
        tags={tags.data.items}
        onReminded={() => void overview.reload()}
      />
    </>
  );
}
