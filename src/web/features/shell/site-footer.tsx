import { useT } from "../../i18n/use-t";

/** The contentinfo landmark: what Kollega is, in one line. */
export function SiteFooter() {
  const t = useT();
  return (
    <footer class="site-footer">
      <p>{t("common:footer.tagline")}</p>
    </footer>
  );
}
