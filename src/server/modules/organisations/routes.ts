import { idParamsSchema, pageSchema } from "../../../shared/contracts/common";
import {
  createOrganisationSchema,
  listOrganisationsQuerySchema,
  organisationSchema,
  updateOrganisationSchema,
} from "../../../shared/contracts/organisations";
import { authorizeSystem } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import {
  createOrganisation,
  findOrganisations,
  getOrganisation,
  updateOrganisation,
} from "./service";

/** The shared directory of organisations. */
export function registerOrganisationRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/organisations",
    {
      schema: {
        tags: ["organisations"],
        summary: "List organisations (search by name, paginated)",
        querystring: listOrganisationsQuerySchema,
        response: { 200: pageSchema(organisationSchema) },
      },
    },
    async (request) => {
      authorizeSystem(request, "organisation.read");
      return findOrganisations(ctx, request.query);
    },
  );

  app.post(
    "/api/organisations",
    {
      schema: {
        tags: ["organisations"],
        summary: "Create an organisation (admins and facilitators)",
        body: createOrganisationSchema,
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) => {
      authorizeSystem(request, "organisation.write");
      return reply.code(201).send(await createOrganisation(ctx, request.body));
    },
  );

  app.get(
    "/api/organisations/:id",
    {
      schema: {
        tags: ["organisations"],
        summary: "One organisation",
        params: idParamsSchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      authorizeSystem(request, "organisation.read");
      return getOrganisation(ctx, request.params.id);
    },
  );

  app.patch(
    "/api/organisations/:id",
    {
      schema: {
        tags: ["organisations"],
        summary: "Edit an organisation (admins and facilitators); stale version gets 409",
        params: idParamsSchema,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      authorizeSystem(request, "organisation.write");
      return updateOrganisation(ctx, request.params.id, request.body);
    },
  );
}
