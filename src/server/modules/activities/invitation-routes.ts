import { activityParamsSchema } from "../../../shared/contracts/activities";
import {
  rsvpAnswerSchema,
  rsvpPreviewSchema,
  rsvpTokenParamsSchema,
  sendActivityInvitationsResultSchema,
  sendActivityInvitationsSchema,
} from "../../../shared/contracts/activity-invitations";
import { participantSchema } from "../../../shared/contracts/activity-items";
import { authorizeActivity } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { getInitiative } from "../initiatives/service";
import { answerRsvp, previewRsvp, sendInvitations } from "./invitation-service";
import { respondInApp } from "./participant-service";

const tags = ["activities"];

/** Invitations by mail with RSVP: in the app when signed in, or through the mailed link. */
export function registerInvitationRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    "/api/initiatives/:id/activities/:activityId/invitations",
    {
      schema: {
        tags,
        summary:
          "Mail invitations with a personal RSVP link (default: to those who have not answered) (facilitators)",
        params: activityParamsSchema,
        body: sendActivityInvitationsSchema,
        response: { 200: sendActivityInvitationsResultSchema },
      },
    },
    async (request) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, "activity.manage");
      const initiative = await getInitiative(ctx, auth);
      return sendInvitations(ctx, auth, request.body, initiative.name);
    },
  );

  app.post(
    "/api/initiatives/:id/activities/:activityId/rsvp",
    {
      schema: {
        tags,
        summary: "Accept or decline your own invitation in the app (participants)",
        params: activityParamsSchema,
        body: rsvpAnswerSchema,
        response: { 200: participantSchema },
      },
    },
    async (request) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, "rsvp.respond");
      return respondInApp(ctx, auth, request.body.response);
    },
  );

  app.get(
    "/api/rsvp/:token",
    {
      schema: {
        tags,
        summary: "What an RSVP link is for (anyone holding the mailed link)",
        params: rsvpTokenParamsSchema,
        response: { 200: rsvpPreviewSchema },
      },
    },
    async (request) => previewRsvp(ctx, request.params.token),
  );

  app.post(
    "/api/rsvp/:token",
    {
      schema: {
        tags,
        summary: "Accept or decline through the mailed link, without signing in",
        params: rsvpTokenParamsSchema,
        body: rsvpAnswerSchema,
        response: { 200: rsvpPreviewSchema },
      },
    },
    async (request) => answerRsvp(ctx, request.params.token, request.body.response),
  );
}
