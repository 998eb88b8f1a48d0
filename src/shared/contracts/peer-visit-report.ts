/**
 * The peer visit report (`GET A/peer-visit/report`, `.html`, `.pdf`; see `peer-visits.ts`):
 * the host's write-up of the visit for the confidential circle, and for every member of the
 * initiative once the host shares it. It never carries individual notes or feedback items.
 */
import { z } from "zod";
import { idSchema, isoDateSchema, isoDateTimeSchema, uiLocaleSchema } from "./common";
import { improvementActionSchema } from "./peer-visit-records";
import {
  commonUnderstandingSchema,
  peerVisitPhaseSchema,
  readinessEntrySchema,
  reportSharingSchema,
  visitPersonSchema,
} from "./peer-visits";

/** The report's content; texts come out in `lang` in the HTML and PDF. */
export const peerVisitReportSchema = z.object({
  visitId: idSchema,
  activityTitle: z.string(),
  hostOrganisationName: z.string().nullable(),
  /** The language the HTML/PDF is written in (the reader's, or `?lang=`). */
  lang: uiLocaleSchema,
  phase: peerVisitPhaseSchema,
  visitStartsOn: isoDateSchema,
  visitEndsOn: isoDateSchema,
  areaToImprove: z.string(),
  people: z.array(visitPersonSchema),
  readiness: z.array(readinessEntrySchema),
  commonUnderstanding: commonUnderstandingSchema.nullable(),
  improvementActions: z.array(improvementActionSchema.omit({ version: true })),
  reportSharing: reportSharingSchema,
  generatedAt: isoDateTimeSchema,
});
export type PeerVisitReport = z.infer<typeof peerVisitReportSchema>;
