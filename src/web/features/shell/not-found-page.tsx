import { useT } from "../../i18n/use-t";
import { PageTitle } from "../../ui/page-title";

/** Shown for any address the app does not know. */
export function NotFoundPage() {
  const t = useT();
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("common:notFound.title")}>{t("common:notFound.title")}</PageTitle>
      <p class="lead">{t("common:notFound.text")}</p>
      <p>
        <a href="/">{t("common:notFound.home")}</a>
      </p>
    </div>
  );
}

/** Shown when a signed-in person opens a page their role does not allow. */
export function ForbiddenPage() {
  const t = useT();
  return (
    <div class="page page--narrow">
      <PageTitle documentTitle={t("common:forbidden.title")}>
        {t("common:forbidden.title")}
      </PageTitle>
      <p class="lead">{t("common:forbidden.text")}</p>
      <p>
        <a href="/">{t("common:notFound.home")}</a>
      </p>
    </div>
  );
}
