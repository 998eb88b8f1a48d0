import type { z } from "zod";
import {
  activityItemParamsSchema,
  activityParamsSchema,
} from "../../../shared/contracts/activities";
import { type AuthorizedActivity, authorizeActivity } from "../../auth/access-gate";
import type { Action } from "../../auth/policy";
import type { AppContext, ZodApp } from "../../context";

/** One kind of record inside an activity (agenda items, budget lines, ...): add, edit, remove. */
export type ItemRoutes<C extends z.ZodType, U extends z.ZodType> = {
  /** Path segment after `/activities/:activityId/`, e.g. `agenda-items`. */
  segment: string;
  /** Words for the API docs: "an agenda item". */
  what: string;
  /** Who may, for the API docs: "facilitators and hosts". */
  who: string;
  action: Action;
  createBody: C;
  updateBody: U;
  createResponse: z.ZodType;
  updateResponse: z.ZodType;
  removeResponse: z.ZodType;
  create: (ctx: AppContext, auth: AuthorizedActivity, body: z.infer<C>) => Promise<unknown>;
  update: (
    ctx: AppContext,
    auth: AuthorizedActivity,
    id: string,
    body: z.infer<U>,
  ) => Promise<unknown>;
  remove: (ctx: AppContext, auth: AuthorizedActivity, id: string) => Promise<unknown>;
};

/**
 * Registers POST `.../:segment`, PATCH and DELETE `.../:segment/:itemId` for one kind of
 * activity record, each behind `authorizeActivity` with the spec's action.
 */
export function registerItemRoutes<C extends z.ZodType, U extends z.ZodType>(
  app: ZodApp,
  ctx: AppContext,
  spec: ItemRoutes<C, U>,
): void {
  const base = `/api/initiatives/:id/activities/:activityId/${spec.segment}`;
  const tags = ["activities"];
  app.post(
    base,
    {
      schema: {
        tags,
        summary: `Add ${spec.what} (${spec.who})`,
        params: activityParamsSchema,
        body: spec.createBody,
        response: { 201: spec.createResponse },
      },
    },
    async (request, reply) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, spec.action);
      return reply.code(201).send(await spec.create(ctx, auth, request.body as z.infer<C>));
    },
  );
  app.patch(
    `${base}/:itemId`,
    {
      schema: {
        tags,
        summary: `Edit ${spec.what} (${spec.who}); a stale version gets 409`,
        params: activityItemParamsSchema,
        body: spec.updateBody,
        response: { 200: spec.updateResponse },
      },
    },
    async (request) => {
      const { id, activityId, itemId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, spec.action);
      return spec.update(ctx, auth, itemId, request.body as z.infer<U>);
    },
  );
  app.delete(
    `${base}/:itemId`,
    {
      schema: {
        tags,
        summary: `Remove ${spec.what} (${spec.who})`,
        params: activityItemParamsSchema,
        response: { 200: spec.removeResponse },
      },
    },
    async (request) => {
      const { id, activityId, itemId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, spec.action);
      return spec.remove(ctx, auth, itemId);
    },
  );
}
