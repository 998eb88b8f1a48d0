import { useState } from "preact/hooks";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { formatDateTime } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";

type FeedStatus = { exists: boolean; createdAt: string | null };
type Feed = { url: string; createdAt: string };

function FeedAddress({ url }: { url: string }) {
  const t = useT();
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      showToast(t("activities:feed.copied"));
    } catch {
      showToast(t("activities:feed.copyFailed"));
    }
  }
  return (
    <div class="notice notice--success">
      <div class="field">
        <label class="field__label" for="feed-url">
          {t("activities:feed.urlLabel")}
        </label>
        <p class="field__hint" id="feed-url-hint">
          {t("activities:feed.urlHint")}
        </p>
        <input
          id="feed-url"
          class="input"
          readOnly
          value={url}
          aria-describedby="feed-url-hint"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <Button variant="secondary" onClick={() => void copy()}>
        {t("activities:feed.copy")}
      </Button>
    </div>
  );
}

/**
 * The member's own subscribable calendar of the initiative: create the secret address, copy
 * it, make a new one (the old stops working, so it asks first) or stop the feed. The address
 * is shown only right after it is made; the server keeps only a hash of it.
 */
export function CalendarFeedPanel({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const path = `/api/initiatives/${initiativeId}/calendar-feed`;
  const status = useResource(`calendar-feed:${initiativeId}`, () => api.get<FeedStatus>(path));
  const [feed, setFeed] = useState<Feed | null>(null);
  const [asking, setAsking] = useState<"rotate" | "revoke" | null>(null);
  const [isBusy, setBusy] = useState(false);
  async function act(kind: "create" | "rotate" | "revoke") {
    setBusy(true);
    try {
      if (kind === "revoke") {
        await api.delete(path);
        setFeed(null);
        showToast(t("activities:feed.revoked"));
      } else {
        setFeed(await api.post<Feed>(path));
        showToast(t(kind === "create" ? "activities:feed.created" : "activities:feed.rotated"));
      }
      await status.reload();
    } catch (error) {
      showToast(t(errorKeyOf(error)));
    } finally {
      setBusy(false);
      setAsking(null);
    }
  }
  const data = status.data;
  return (
    <section class="card" aria-labelledby="feed-title">
      <h2 id="feed-title" class="card__title">
        {t("activities:feed.title")}
      </h2>
      <p>{t("activities:feed.intro")}</p>
      {status.isLoading && !data ? <Loading /> : null}
      {status.error ? (
        <LoadError error={status.error} onRetry={() => void status.reload()} />
      ) : null}
      {feed ? <FeedAddress url={feed.url} /> : null}
      {data?.exists && !feed ? (
        <p>{t("activities:feed.exists", { date: formatDateTime(data.createdAt) })}</p>
      ) : null}
      {data ? (
        <div class="button-row">
          {data.exists ? (
            <>
              <Button variant="secondary" onClick={() => setAsking("rotate")}>
                {t("activities:feed.rotate")}
              </Button>
              <Button variant="quiet" onClick={() => setAsking("revoke")}>
                {t("activities:feed.revoke")}
              </Button>
            </>
          ) : (
            <Button variant="secondary" isBusy={isBusy} onClick={() => void act("create")}>
              {t("activities:feed.create")}
            </Button>
          )}
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={asking !== null}
        title={t(
          asking === "revoke" ? "activities:feed.revokeTitle" : "activities:feed.rotateTitle",
        )}
        body={t(asking === "revoke" ? "activities:feed.revokeBody" : "activities:feed.rotateBody")}
        confirmLabel={t(
          asking === "revoke" ? "activities:feed.revokeConfirm" : "activities:feed.rotateConfirm",
        )}
        isBusy={isBusy}
        onConfirm={() => void act(asking ?? "rotate")}
        onCancel={() => setAsking(null)}
      />
    </section>
  );
}
