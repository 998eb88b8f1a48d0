import { useState } from "preact/hooks";
import type { RsvpPreview } from "../../../shared/contracts/activity-invitations";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { useSession } from "../../session";
import { Button } from "../../ui/button";
import { formatDateTime } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { PageTitle } from "../../ui/page-title";
import { useResource } from "../../ui/use-resource";
import { isConflict } from "./activity-change";
import { formatNameKey, participantRoleKeys, rsvpStatusKeys } from "./activity-labels";
import { activityPath } from "./activity-summary-item";
import { describeSchedule } from "./schedule-text";

function Facts({ preview }: { preview: RsvpPreview }) {
  const t = useT();
  const place = [preview.hostOrganisationName, preview.address].filter(Boolean).join(", ");
  return (
    <dl class="facts">
      <dt>{t("activities:field.format")}</dt>
      <dd>{t(formatNameKey(preview.formatKey))}</dd>
      <dt>{t("activities:rsvpPage.initiative")}</dt>
      <dd>{preview.initiativeName}</dd>
      <dt>{t("activities:list.when")}</dt>
      <dd>{describeSchedule(preview)}</dd>
      <dt>{t("activities:detail.where")}</dt>
      <dd>{place || t("activities:detail.notSet")}</dd>
      {preview.onlineUrl ? (
        <>
          <dt>{t("activities:field.onlineUrl")}</dt>
          <dd>{preview.onlineUrl}</dd>
        </>
      ) : null}
      <dt>{t("activities:rsvpPage.yourRole")}</dt>
      <dd>{t(participantRoleKeys[preview.role])}</dd>
    </dl>
  );
}

function Answer(props: {
  token: string;
  preview: RsvpPreview;
  onAnswered: (p: RsvpPreview) => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState<"accepted" | "declined" | null>(null);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  async function answer(response: "accepted" | "declined") {
    setBusy(response);
    setErrorKey(null);
    try {
      props.onAnswered(await api.post<RsvpPreview>(`/api/rsvp/${props.token}`, { response }));
    } catch (error) {
      setErrorKey(isConflict(error) ? "activities:rsvpPage.closed" : errorKeyOf(error));
    } finally {
      setBusy(null);
    }
  }
  const { preview } = props;
  return (
    <section class="card" aria-labelledby="rsvp-answer-title">
      <h2 id="rsvp-answer-title" class="card__title">
        {t("activities:rsvpPage.answerTitle")}
      </h2>
      <p data-testid="rsvp-status" class={`rsvp rsvp--${preview.rsvpStatus}`} aria-live="polite">
        {preview.respondedAt
          ? t("activities:rsvpPage.answered", {
              status: t(rsvpStatusKeys[preview.rsvpStatus]),
              date: formatDateTime(preview.respondedAt),
            })
          : t("activities:rsvpPage.notAnswered")}
      </p>
      {errorKey ? (
        <div class="notice notice--error" role="alert">
          <p>{t(errorKey)}</p>
        </div>
      ) : null}
      {preview.isOpen ? (
        <div class="button-row">
          <Button
            isBusy={busy === "accepted"}
            disabled={preview.rsvpStatus === "accepted"}
            onClick={() => void answer("accepted")}
          >
            {t("activities:rsvpPage.accept")}
          </Button>
          <Button
            variant="secondary"
            isBusy={busy === "declined"}
            disabled={preview.rsvpStatus === "declined"}
            onClick={() => void answer("declined")}
          >
            {t("activities:rsvpPage.decline")}
          </Button>
        </div>
      ) : (
        <p>{t("activities:rsvpPage.closed")}</p>
      )}
    </section>
  );
}

/**
 * The page an invitation mail's personal link opens: the activity in brief and two buttons to
 * accept or decline, without signing in (the link itself is the proof). Signed-in readers get
 * a link on to the activity.
 */
export function RsvpPage({ token }: { token: string }) {
  const t = useT();
  const person = useSession();
  const preview = useResource(`rsvp:${token}`, () => api.get<RsvpPreview>(`/api/rsvp/${token}`));
  const data = preview.data;
  const title = data
    ? t("activities:rsvpPage.title", { activity: data.activityTitle })
    : t("activities:rsvpPage.loadingTitle");
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {preview.isLoading && !data ? <Loading /> : null}
      {preview.error ? <LoadError error={preview.error} /> : null}
      {data ? (
        <>
          <p class="lead">{t("activities:rsvpPage.greeting", { name: data.participantName })}</p>
          <Facts preview={data} />
          <Answer token={token} preview={data} onAnswered={preview.setData} />
          <p>
            {person ? (
              <a href={activityPath(data.initiativeId, data.activityId)}>
                {t("activities:rsvpPage.openActivity")}
              </a>
            ) : (
              <a
                href={`/sign-in?next=${encodeURIComponent(activityPath(data.initiativeId, data.activityId))}`}
              >
                {t("activities:rsvpPage.signInForMore")}
              </a>
            )}
          </p>
        </>
      ) : null}
    </div>
  );
}
