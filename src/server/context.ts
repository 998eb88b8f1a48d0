import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppConfig } from "./config";
import type { Db } from "./db/database";
import type { MailSender } from "./mail/sender";

/** What every service needs: the database, the configuration and the mail sender. */
export type AppContext = { db: Db; config: AppConfig; mail: MailSender };

/** The Fastify instance with zod schemas as its type provider, as route files receive it. */
export type ZodApp = FastifyInstance<
  import("node:http").Server,
  import("node:http").IncomingMessage,
  import("node:http").ServerResponse,
  import("fastify").FastifyBaseLogger,
  ZodTypeProvider
>;
