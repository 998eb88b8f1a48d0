import { ratingKeyOf } from "./readiness-labels";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** "Host: 2 – Beginning" style label of the host's rating, or "not rated by the host". */
export function formatRating(t: Translate, rating: number | null): string {
  return rating === null
    ? t("pv-records:notes.hostNotRated")
    : t("pv-records:notes.hostRating", { rating: t(ratingKeyOf(rating)) });
}
