import type { UiLocale } from "../../../shared/contracts/common";

/** The two printable forms of the visit report. */
export type ReportFormat = "html" | "pdf";

/** The address of the visit report as HTML or PDF, written in `lang`. */
export function reportUrlOf(
  initiativeId: string,
  activityId: string,
  format: ReportFormat,
  lang: UiLocale,
): string {
  const path = `/api/initiatives/${initiativeId}/activities/${activityId}/peer-visit/report.${format}`;
  return `${path}?${new URLSearchParams({ lang }).toString()}`;
}

/** The address of the peer visit page of an activity. */
export function peerVisitPagePath(initiativeId: string, activityId: string): string {
  return `/initiatives/${initiativeId}/activities/${activityId}/peer-visit`;
}
