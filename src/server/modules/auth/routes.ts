import type { FastifyReply, FastifyRequest } from "fastify";
import {
  changePasswordSchema,
  loginBodySchema,
  meResponseSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from "../../../shared/contracts/auth";
import { okSchema } from "../../../shared/contracts/common";
import { requireActor, SESSION_COOKIE } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import {
  changePassword,
  confirmPasswordReset,
  getSessionPerson,
  logIn,
  logOut,
  requestPasswordReset,
  SESSION_DAYS,
} from "./service";

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure when the request came over TLS. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    path: "/",
    maxAge: SESSION_DAYS * 86_400,
  });
}

/** Sign-in, sign-out, who am I, password reset and change. */
export function registerAuthRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    "/api/auth/login",
    {
      config: {
        rateLimit: {
          max: ctx.config.loginRateLimit,
          timeWindow: "1 minute",
          keyGenerator: (req: FastifyRequest) => {
            const body = req.body as { email?: unknown } | undefined;
            const email = typeof body?.email === "string" ? body.email.toLowerCase().trim() : "";
            return `${req.ip}|${email.slice(0, 254)}`;
          },
        },
      },
      schema: {
        tags: ["auth"],
        summary: "Sign in with email and password (rate limited)",
        body: loginBodySchema,
        response: { 200: meResponseSchema },
      },
    },
    async (request, reply) => {
      const { token, person } = await logIn(ctx, request.body.email, request.body.password);
      setSessionCookie(request, reply, token);
      return { person };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], summary: "Sign out", response: { 200: okSchema } } },
    async (request, reply) => {
      await logOut(ctx, request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  app.get(
    "/api/auth/me",
    {
      schema: {
        tags: ["auth"],
        summary: "The signed-in person, or null",
        response: { 200: meResponseSchema },
      },
    },
    async (request) => ({
      person: request.actor ? await getSessionPerson(ctx, request.actor.personId) : null,
    }),
  );

  app.post(
    "/api/auth/password-reset",
    {
      schema: {
        tags: ["auth"],
        summary: "Mail a password-reset link (answers the same whether or not the account exists)",
        body: passwordResetRequestSchema,
        response: { 202: okSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email);
      return reply.code(202).send({ ok: true as const });
    },
  );

  app.post(
    "/api/auth/password-reset/confirm",
    {
      schema: {
        tags: ["auth"],
        summary: "Choose a new password with the mailed token",
        body: passwordResetConfirmSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await confirmPasswordReset(ctx, request.body.token, request.body.password);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/me/password",
    {
      schema: {
        tags: ["auth"],
        summary: "Change your own password",
        body: changePasswordSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await changePassword(
        ctx,
        actor.personId,
        request.body.currentPassword,
        request.body.newPassword,
      );
      return { ok: true as const };
    },
  );
}
