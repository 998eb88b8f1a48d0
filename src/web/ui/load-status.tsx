import { ApiError, errorKeyOf } from "../api-client";
import { useT } from "../i18n/use-t";
import { Button } from "./button";

/** A polite "Loading…" line for content that is on its way. */
export function Loading() {
  const t = useT();
  return <output class="loading">{t("common:status.loading")}</output>;
}

/** Says why content could not be loaded and offers to try again (except for 403/404). */
export function LoadError(props: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const isFinal =
    props.error instanceof ApiError && (props.error.status === 403 || props.error.status === 404);
  return (
    <div class="notice notice--error" role="alert">
      <p>{t(errorKeyOf(props.error))}</p>
      {props.onRetry && !isFinal ? (
        <Button variant="secondary" onClick={props.onRetry}>
          {t("common:action.retry")}
        </Button>
      ) : null}
    </div>
  );
}
