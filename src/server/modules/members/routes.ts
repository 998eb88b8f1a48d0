import { z } from "zod";
import { idParamsSchema, okSchema } from "../../../shared/contracts/common";
import {
  changeMemberRoleSchema,
  invitationParamsSchema,
  invitationSchema,
  memberParamsSchema,
  memberSchema,
} from "../../../shared/contracts/initiatives";
import {
  acceptInvitationResponseSchema,
  acceptInvitationSchema,
  createInvitationSchema,
  invitationPreviewSchema,
  invitationTokenParamsSchema,
} from "../../../shared/contracts/invitations";
import { authorizeInitiative } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { setSessionCookie } from "../auth/routes";
import { getInitiative } from "../initiatives/service";
import { acceptInvitation, previewInvitation } from "./invitation-service";
import {
  cancelInvitation,
  changeMemberRole,
  getInvitations,
  getMembers,
  invite,
  removeMember,
} from "./service";

/** Members of an initiative and the invitations that bring them in. */
export function registerMemberRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/initiatives/:id/members",
    {
      schema: {
        tags: ["members"],
        summary: "Members of an initiative (members)",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(memberSchema) }) },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "member.list");
      return { items: await getMembers(ctx, auth) };
    },
  );

  app.patch(
    "/api/initiatives/:id/members/:memberId",
    {
      schema: {
        tags: ["members"],
        summary: "Change a member's role (facilitators); the last facilitator stays",
        params: memberParamsSchema,
        body: changeMemberRoleSchema,
        response: { 200: memberSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "member.manage");
      const { role, version } = request.body;
      return changeMemberRole(ctx, auth, request.params.memberId, role, version);
    },
  );

  app.delete(
    "/api/initiatives/:id/members/:memberId",
    {
      schema: {
        tags: ["members"],
        summary: "Remove a member (facilitators); the last facilitator stays",
        params: memberParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "member.manage");
      await removeMember(ctx, auth, request.params.memberId);
      return { ok: true as const };
    },
  );

  app.get(
    "/api/initiatives/:id/invitations",
    {
      schema: {
        tags: ["members"],
        summary: "Invitations of an initiative (facilitators)",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(invitationSchema) }) },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "invitation.manage");
      return { items: await getInvitations(ctx, auth) };
    },
  );

  app.post(
    "/api/initiatives/:id/invitations",
    {
      schema: {
        tags: ["members"],
        summary: "Invite someone by e-mail with a role (facilitators)",
        params: idParamsSchema,
        body: createInvitationSchema,
        response: { 201: invitationSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "invitation.manage");
      const initiative = await getInitiative(ctx, auth);
      return reply.code(201).send(await invite(ctx, auth, request.body, initiative.name));
    },
  );

  app.delete(
    "/api/initiatives/:id/invitations/:invitationId",
    {
      schema: {
        tags: ["members"],
        summary: "Revoke a pending invitation (facilitators)",
        params: invitationParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "invitation.manage");
      await cancelInvitation(ctx, auth, request.params.invitationId);
      return { ok: true as const };
    },
  );

  app.get(
    "/api/invitations/:token",
    {
      schema: {
        tags: ["members"],
        summary: "What an invitation link offers (anyone holding the link)",
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewSchema },
      },
    },
    async (request) => previewInvitation(ctx, request.params.token),
  );

  app.post(
    "/api/invitations/:token/accept",
    {
      schema: {
        tags: ["members"],
        summary: "Accept an invitation: register, or confirm an existing account; signs you in",
        params: invitationTokenParamsSchema,
        body: acceptInvitationSchema,
        response: { 200: acceptInvitationResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await acceptInvitation(ctx, request.params.token, request.actor, request.body);
      if (result.sessionToken) setSessionCookie(request, reply, result.sessionToken);
      return { initiativeId: result.initiativeId };
    },
  );
}
