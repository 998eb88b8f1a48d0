import type { MyIntake, ReformAreaTag } from "../../../shared/contracts/intake";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { AnswersView } from "./answers-view";
import { SurveyForm } from "./survey-form";

/** The vocabulary of an initiative, for tagging and for showing tag labels. */
export function useTags(initiativeId: string) {
  return useResource(`intake-tags:${initiativeId}`, () =>
    api.get<{ items: ReformAreaTag[] }>(`/api/initiatives/${initiativeId}/intake/tags`),
  );
}

function OpenSurvey(props: {
  initiativeId: string;
  intake: MyIntake;
  tags: ReformAreaTag[];
  onSaved: () => void;
  onReload: () => void;
}) {
  const t = useT();
  const { survey, response } = props.intake;
  return (
    <>
      <p class="lead">{t("intake:peer.intro")}</p>
      {survey.dueOn ? (
        <p>
          <strong>{t("intake:peer.due", { date: formatDate(survey.dueOn) })}</strong>
        </p>
      ) : null}
      {response ? (
        <div class="notice notice--success">
          <p>{t("intake:peer.answered", { date: formatDate(response.updatedAt) })}</p>
        </div>
      ) : null}
      <SurveyForm
        initiativeId={props.initiativeId}
        response={response}
        tags={props.tags}
        onSaved={props.onSaved}
        onReload={props.onReload}
      />
    </>
  );
}

/**
 * A peer's view of the intake survey: the form while it is open (answers can change until it
 * closes), a plain note before it opens, and the answers as sent once it is closed.
 */
export function PeerIntake({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const intake = useResource(`my-intake:${initiativeId}`, () =>
    api.get<MyIntake>(`/api/initiatives/${initiativeId}/intake/my-response`),
  );
  const tags = useTags(initiativeId);
  const error = intake.error ?? tags.error;
  if (error) return <LoadError error={error} onRetry={() => void intake.reload()} />;
  if (!intake.data || !tags.data) return <Loading />;
  const { survey, response } = intake.data;
  if (survey.status === "not_opened") {
    return <EmptyState title={t("intake:peer.notOpenTitle")} text={t("intake:peer.notOpenText")} />;
  }
  if (survey.status === "closed") {
    return (
      <section aria-labelledby="intake-closed-title">
        <div class="notice">
          <h2 id="intake-closed-title" class="intake-closed__title">
            {t("intake:peer.closedTitle")}
          </h2>
          <p>{t(response ? "intake:peer.closedAnswered" : "intake:peer.closedMissed")}</p>
        </div>
        {response ? <AnswersView response={response} tags={tags.data.items} /> : null}
      </section>
    );
  }
  return (
    <section aria-labelledby="intake-form-title">
      <h2 id="intake-form-title">{t("intake:peer.title")}</h2>
      <OpenSurvey
        initiativeId={initiativeId}
        intake={intake.data}
        tags={tags.data.items}
        onSaved={() => void intake.reload()}
        onReload={() => void intake.reload()}
      />
    </section>
  );
}
