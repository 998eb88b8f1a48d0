import { reflectionQuestions } from "../../../domain/catalogue/reflection-questions";
import type { Activity } from "../../../shared/contracts/activities";
import type { ReflectionOverview } from "../../../shared/contracts/activity-learning";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { participantRoleKeys } from "./activity-labels";

type Participant = ReflectionOverview["participants"][number];

function questionKeyOf(key: string): string {
  return reflectionQuestions.find((q) => q.key === key)?.questionKey ?? key;
}

function answerOf(participant: Participant, questionKey: string): string | null {
  return participant.answers.find((a) => a.questionKey === questionKey)?.text ?? null;
}

function SideBySide({ overview }: { overview: ReflectionOverview }) {
  const t = useT();
  const people = overview.participants.filter((p) => p.answeredCount > 0);
  if (people.length === 0) {
    return <p class="empty-state">{t("activities:reflection.noAnswersText")}</p>;
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways; keyboard users need to reach the scroll area.
    <section class="table-wrap" aria-labelledby="reflection-table-caption" tabIndex={0}>
      <table class="table reflection-table">
        <caption id="reflection-table-caption" class="table__caption">
          {t("activities:reflection.tableCaption", { count: people.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("activities:reflection.question")}</th>
            {people.map((p) => (
              <th key={p.participantId} scope="col">
                {p.displayName}
                <span class="reflection-table__role">
                  {t(participantRoleKeys[p.role])} ·{" "}
                  {t("activities:reflection.answeredOf", {
                    answered: p.answeredCount,
                    total: overview.questionKeys.length,
                  })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.questionKeys.map((key) => (
            <tr key={key}>
              <th scope="row">{t(questionKeyOf(key))}</th>
              {people.map((p) => {
                const answer = answerOf(p, key);
                return (
                  <td key={p.participantId} class={answer ? "prewrap" : "muted"}>
                    {answer ?? t("activities:reflection.noAnswer")}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Everyone's answers side by side, one column per participant who has answered, and who has
 * not answered yet (facilitators and hosts only; answers are confidential to them).
 */
export function ReflectionOverviewSection({ activity }: { activity: Activity }) {
  const t = useT();
  const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/reflection`;
  const overview = useResource(`reflection-all:${activity.id}`, () =>
    api.get<ReflectionOverview>(path),
  );
  const data = overview.data;
  return (
    <section class="section" aria-labelledby="reflection-all-title">
      <h3 id="reflection-all-title">{t("activities:reflection.allTitle")}</h3>
      <p class="muted">{t("activities:reflection.confidential")}</p>
      {overview.isLoading && !data ? <Loading /> : null}
      {overview.error ? (
        <LoadError error={overview.error} onRetry={() => void overview.reload()} />
      ) : null}
      {data ? (
        <>
          <div
            class={
              data.notAnswered.length > 0 ? "notice notice--warning" : "notice notice--success"
            }
          >
            <h4 class="notice__title">
              {t("activities:reflection.notAnsweredTitle", { count: data.notAnswered.length })}
            </h4>
            {data.notAnswered.length > 0 ? (
              <ul data-testid="reflection-not-answered">
                {data.notAnswered.map((p) => (
                  <li key={p.participantId}>{p.displayName}</li>
                ))}
              </ul>
            ) : (
              <p>{t("activities:reflection.everyoneAnswered")}</p>
            )}
          </div>
          <SideBySide overview={data} />
        </>
      ) : null}
    </section>
  );
}
