import { useT } from "../i18n/use-t";

type PaginationProps = {
  total: number;
  limit: number;
  offset: number;
  /** The URL of a 1-based page, so pages are real links (back button, open in new tab). */
  hrefFor: (page: number) => string;
};

/** The page a list offset falls on and how many pages there are (at least one). */
export function pageInfo(total: number, limit: number, offset: number) {
  const pageCount = Math.max(1, Math.ceil(total / Math.max(1, limit)));
  const page = Math.min(pageCount, Math.floor(offset / Math.max(1, limit)) + 1);
  return { page, pageCount };
}

/** Previous/next links with "Page x of y"; hidden when everything fits on one page. */
export function Pagination({ total, limit, offset, hrefFor }: PaginationProps) {
  const t = useT();
  const { page, pageCount } = pageInfo(total, limit, offset);
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={t("common:pagination.label")}>
      {page > 1 ? (
        <a class="pagination__link" href={hrefFor(page - 1)} rel="prev">
          {t("common:pagination.previous")}
        </a>
      ) : null}
      <span class="pagination__status" aria-current="page">
        {t("common:pagination.status", { page, pageCount })}
      </span>
      {page < pageCount ? (
        <a class="pagination__link" href={hrefFor(page + 1)} rel="next">
          {t("common:pagination.next")}
        </a>
      ) : null}
    </nav>
  );
}
