import fs from "node:fs";
import path from "node:path";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { resolveActorHook } from "./auth/access-gate";
import type { AppContext, ZodApp } from "./context";
import { AppError } from "./errors";
import { handleError } from "./http-errors";
import { registerActivityRoutes } from "./modules/activities/routes";
import { registerAdminRoutes } from "./modules/admin/routes";
import { registerAuthRoutes } from "./modules/auth/routes";
import { registerInitiativeRoutes } from "./modules/initiatives/routes";
import { registerIntakeRoutes } from "./modules/intake/routes";
import { registerMyMatchRoutes } from "./modules/matching/my-match-routes";
import { registerMatchingRoutes } from "./modules/matching/routes";
import { registerMemberRoutes } from "./modules/members/routes";
import { registerOrganisationRoutes } from "./modules/organisations/routes";
import { registerPeerVisitRoutes } from "./modules/peer-visits/routes";
import { registerPeopleRoutes } from "./modules/people/routes";

/** The largest JSON body accepted (bigger uploads get their own routes and limits). */
export const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * State-changing API requests must carry `X-Kollega-Csrf: 1`. A cross-site form cannot set a
 * header, and a cross-site script cannot without a CORS preflight we never grant. An Origin
 * header, when sent, must be our own host.
 */
function csrfGuard(request: FastifyRequest, _reply: FastifyReply, done: (e?: Error) => void) {
  const safe =
    request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS";
  if (safe || !request.url.startsWith("/api/")) return done();
  if (request.headers["x-kollega-csrf"] !== "1") {
    return done(
      new AppError("CSRF", "Missing the X-Kollega-Csrf header (cross-site request refused)"),
    );
  }
  const origin = request.headers.origin;
  if (origin && origin !== "null") {
    let host = "";
    try {
      host = new URL(origin).host;
    } catch {
      host = "";
    }
    if (host !== request.headers.host) {
      return done(new AppError("CSRF", "Cross-site request refused"));
    }
  }
  done();
}

/**
 * Headers every answer carries: no MIME sniffing, no framing, no referrer to other sites, and a
 * content security policy for the web app (scripts and styles only from our origin).
 */
async function securityHeaders(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header("x-content-type-options", "nosniff");
  reply.header("x-frame-options", "DENY");
  reply.header("referrer-policy", "same-origin");
  if (!request.url.startsWith("/api/")) {
    reply.header(
      "content-security-policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
  }
  return payload;
}

/** Builds the whole HTTP app (no `listen`): plugins, hooks, every module's routes, the web app. */
export async function buildApp(ctx: AppContext) {
  const app = Fastify({
    logger: { level: ctx.config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: ctx.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(cookie);
  await app.register(rateLimit, { global: false, hook: "preHandler" });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Kollega API",
        version: "0.1.0",
        description: "Peer learning between governments",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  app.decorateRequest("actor", null);
  app.addHook("onRequest", csrfGuard);
  app.addHook("onRequest", resolveActorHook(ctx));
  app.addHook("onSend", securityHeaders);
  registerApiRoutes(app, ctx);
  await registerWebApp(app, ctx);
  return app;
}

function registerApiRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["system"],
        summary: "Answers ok once the database answers",
        response: { 200: z.object({ status: z.literal("ok") }) },
      },
    },
    async () => {
      await sql`select 1`.execute(ctx.db);
      return { status: "ok" as const };
    },
  );
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  registerAuthRoutes(app, ctx);
  registerPeopleRoutes(app, ctx);
  registerOrganisationRoutes(app, ctx);
  registerInitiativeRoutes(app, ctx);
  registerMemberRoutes(app, ctx);
  registerIntakeRoutes(app, ctx);
  registerMatchingRoutes(app, ctx);
  registerMyMatchRoutes(app, ctx);
  registerActivityRoutes(app, ctx);
  registerPeerVisitRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
}

/** Serves the built web app and answers unknown non-API paths with its index.html. */
async function registerWebApp(app: ZodApp, ctx: AppContext): Promise<void> {
  const dir = ctx.config.webDir ? path.resolve(ctx.config.webDir) : null;
  const hasWeb = dir !== null && fs.existsSync(path.join(dir, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: dir, prefix: "/", wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || !hasWeb || request.method !== "GET") {
      return reply.code(404).send({ error: { code: "NOT_FOUND", message: "No such route" } });
    }
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
}
