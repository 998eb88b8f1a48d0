import { idParamsSchema } from "../../../shared/contracts/common";
import { personSchema, updatePersonSchema } from "../../../shared/contracts/people";
import { authorizePerson } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { getPerson, updatePerson } from "./service";

/** Profiles: read (self, admin, co-members) and edit (self, admin). */
export function registerPeopleRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/people/:id",
    {
      schema: {
        tags: ["people"],
        summary: "A person's profile",
        params: idParamsSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => {
      await authorizePerson(ctx, request, request.params.id, "person.read");
      return getPerson(ctx, request.params.id);
    },
  );

  app.patch(
    "/api/people/:id",
    {
      schema: {
        tags: ["people"],
        summary: "Edit a profile (own, or any as admin); the interface language is remembered here",
        params: idParamsSchema,
        body: updatePersonSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => {
      await authorizePerson(ctx, request, request.params.id, "person.update");
      return updatePerson(ctx, request.params.id, request.body);
    },
  );
}
