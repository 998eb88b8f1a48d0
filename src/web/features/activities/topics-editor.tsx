import { useState } from "preact/hooks";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { TextField } from "../../ui/form-field";
import { runChange } from "./activity-change";
import type { PartProps } from "./activity-page";

/** Topics are few by design: the API accepts at most five. */
export const maxTopics = 5;

/** The topics the activity addresses; planners add and remove them (at most five). */
export function TopicsEditor({ activity, reload }: PartProps) {
  const t = useT();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const canPlan = activity.permissions.canPlan;
  const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}`;
  const save = (topics: string[], doneText: string) =>
    runChange(() => api.patch(path, { topics, version: activity.version }), { reload, doneText });
  async function add(event: Event) {
    event.preventDefault();
    const topic = text.trim();
    if (!topic) return setError(t("common:fieldError.required"));
    if (activity.topics.some((x) => x.toLowerCase() === topic.toLowerCase()))
      return setError(t("activities:topics.duplicate"));
    setError(undefined);
    if (await save([...activity.topics, topic], t("activities:topics.added", { topic })))
      setText("");
  }
  const isFull = activity.topics.length >= maxTopics;
  return (
    <section class="section" aria-labelledby="topics-title">
      <h3 id="topics-title">{t("activities:topics.title")}</h3>
      <p class="muted">{t("activities:topics.intro", { max: maxTopics })}</p>
      {activity.topics.length === 0 ? (
        <p>{t("activities:topics.none")}</p>
      ) : (
        <ul class="topic-list">
          {activity.topics.map((topic) => (
            <li key={topic} class="topic-list__item">
              <span>{topic}</span>
              {canPlan ? (
                <Button
                  variant="quiet"
                  onClick={() =>
                    void save(
                      activity.topics.filter((x) => x !== topic),
                      t("activities:topics.removed", { topic }),
                    )
                  }
                >
                  {t("activities:topics.remove")}
                  <span class="visually-hidden"> {topic}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canPlan && isFull ? <p>{t("activities:topics.full", { max: maxTopics })}</p> : null}
      {canPlan && !isFull ? (
        <form class="inline-form" noValidate onSubmit={add} aria-label={t("activities:topics.add")}>
          <TextField
            id="topic-new"
            label={t("activities:topics.new")}
            value={text}
            error={error}
            maxLength={80}
            onValue={setText}
          />
          <Button type="submit" variant="secondary">
            {t("activities:topics.add")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
