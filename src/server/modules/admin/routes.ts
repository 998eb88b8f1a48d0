import { z } from "zod";
import { setSystemRoleSchema } from "../../../shared/contracts/auth";
import { idParamsSchema, pageQuerySchema, pageSchema } from "../../../shared/contracts/common";
import { listOutboxQuerySchema, outboxMessageSchema } from "../../../shared/contracts/mail-outbox";
import { personSchema } from "../../../shared/contracts/people";
import { authorizeSystem } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { findPeople, setSystemRole } from "../people/service";
import { findOutboxMessages } from "./service";

/** Administration: the mail outbox and installation-wide roles. */
export function registerAdminRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/admin/outbox",
    {
      schema: {
        tags: ["admin"],
        summary: "The mail outbox, newest first (admins)",
        querystring: listOutboxQuerySchema,
        response: { 200: pageSchema(outboxMessageSchema) },
      },
    },
    async (request) => {
      authorizeSystem(request, "admin.read");
      return findOutboxMessages(ctx, request.query);
    },
  );

  app.get(
    "/api/admin/people",
    {
      schema: {
        tags: ["admin"],
        summary: "Everyone with an account (admins)",
        querystring: pageQuerySchema.extend({ q: z.string().trim().max(100).optional() }),
        response: { 200: pageSchema(personSchema) },
      },
    },
    async (request) => {
      authorizeSystem(request, "admin.read");
      return findPeople(ctx, request.query);
    },
  );

  app.patch(
    "/api/admin/people/:id",
    {
      schema: {
        tags: ["admin"],
        summary: "Change someone's installation-wide role (admins)",
        params: idParamsSchema,
        body: setSystemRoleSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => {
      const actor = authorizeSystem(request, "admin.write");
      return setSystemRole(ctx, actor, request.params.id, request.body.systemRole);
    },
  );
}
