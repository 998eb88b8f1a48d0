import { useState } from "preact/hooks";
import type { Activity } from "../../../shared/contracts/activities";
import type { MyReflection } from "../../../shared/contracts/activity-learning";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { useResource } from "../../ui/use-resource";

type Answers = Record<string, string>;

function answersOf(reflection: MyReflection): Answers {
  return Object.fromEntries(reflection.questions.map((q) => [q.key, q.answer ?? ""]));
}

function ReflectionForm(props: {
  activity: Activity;
  reflection: MyReflection;
  onSaved: (r: MyReflection) => void;
}) {
  const t = useT();
  const { reflection } = props;
  const [answers, setAnswers] = useState(() => answersOf(reflection));
  const form = useFormSubmit({
    fieldFor: (path) =>
      path.replace(
        /^answers\.(\d+)\.text$/,
        (_, i) => reflection.questions[Number(i)]?.key ?? path,
      ),
  });
  const answered = reflection.questions.filter((q) => q.answer).length;
  async function submit(event: Event) {
    event.preventDefault();
    const path = `/api/initiatives/${props.activity.initiativeId}/activities/${props.activity.id}/reflection/mine`;
    const body = {
      answers: reflection.questions.map((q) => ({
        questionKey: q.key,
        text: answers[q.key] ?? "",
      })),
    };
    let saved: MyReflection | null = null;
    const ok = await form.run(async () => {
      saved = await api.put<MyReflection>(path, body);
    });
    if (!ok || !saved) return;
    showToast(t("activities:reflection.saved"));
    props.onSaved(saved);
  }
  const fields = reflection.questions.map((q) => ({
    name: q.key,
    id: `reflection-${q.key}`,
    label: t(q.questionKey),
  }));
  return (
    <>
      <FormErrorSummary form={form} fields={fields} />
      <form class="form card" noValidate onSubmit={submit} aria-labelledby="my-reflection-title">
        <p>
          {t("activities:reflection.progress", { answered, total: reflection.questions.length })}
        </p>
        {reflection.questions.map((q) => (
          <TextAreaField
            key={q.key}
            id={`reflection-${q.key}`}
            label={t(q.questionKey)}
            hint={t(q.hintKey)}
            isOptional
            rows={3}
            maxLength={4000}
            error={form.fieldKeys[q.key] ? t(form.fieldKeys[q.key] ?? "") : undefined}
            value={answers[q.key] ?? ""}
            onValue={(text) => setAnswers({ ...answers, [q.key]: text })}
          />
        ))}
        <Button type="submit" isBusy={form.isBusy}>
          {t("activities:reflection.save")}
        </Button>
      </form>
    </>
  );
}

/**
 * The participant's own answers to the pre-visit reflection questions. Only they, the
 * facilitators and the hosts read them; any question may be left for later.
 */
export function MyReflectionSection({ activity }: { activity: Activity }) {
  const t = useT();
  const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/reflection/mine`;
  const mine = useResource(`reflection-mine:${activity.id}`, () => api.get<MyReflection>(path));
  return (
    <section class="section" aria-labelledby="my-reflection-title">
      <h3 id="my-reflection-title">{t("activities:reflection.mineTitle")}</h3>
      <p class="lead">{t("activities:reflection.mineIntro")}</p>
      {mine.isLoading && !mine.data ? <Loading /> : null}
      {mine.error ? <LoadError error={mine.error} onRetry={() => void mine.reload()} /> : null}
      {mine.data ? (
        <ReflectionForm activity={activity} reflection={mine.data} onSaved={mine.setData} />
      ) : null}
    </section>
  );
}
