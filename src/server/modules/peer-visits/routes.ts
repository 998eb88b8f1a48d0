import type { AppContext, ZodApp } from "../../context";
import { registerFollowUpRoutes, registerReportRoutes } from "./follow-up-routes";
import { registerAssessmentRoutes, registerShadowingRoutes } from "./method-routes";
import { registerFeedbackRoutes, registerNoteRoutes } from "./record-routes";
import { registerVisitRoutes } from "./visit-routes";
import { registerWorkshopRoutes } from "./workshop-routes";

/**
 * Peer review methods (issue 5): the peer visit workflow with its confidential records and
 * report, the structured peer assessment, work shadowing and workshops. Routes and who may call
 * them: the comments atop `src/shared/contracts/{peer-visits,peer-assessments,work-shadowing,workshops}.ts`.
 */
export function registerPeerVisitRoutes(app: ZodApp, ctx: AppContext): void {
  registerVisitRoutes(app, ctx);
  registerNoteRoutes(app, ctx);
  registerFeedbackRoutes(app, ctx);
  registerFollowUpRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerAssessmentRoutes(app, ctx);
  registerShadowingRoutes(app, ctx);
  registerWorkshopRoutes(app, ctx);
}
