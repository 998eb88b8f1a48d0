import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().optional(),
  KOLLEGA_DATA_DIR: z.string().default("data"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Kollega <no-reply@kollega.local>"),
  KOLLEGA_DEMO: z.enum(["0", "1"]).default("1"),
  PUBLIC_URL: z.string().optional(),
  KOLLEGA_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  KOLLEGA_SERVE_WEB_DIR: z.string().default("dist/web"),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** The database the app talks to: an embedded SQLite file or a PostgreSQL server. */
export type DatabaseConfig =
  | { dialect: "sqlite"; filename: string }
  | { dialect: "postgres"; url: string };

/** Typed, validated configuration, read once from the environment at start-up. */
export type AppConfig = {
  port: number;
  host: string;
  database: DatabaseConfig;
  smtpUrl: string | null;
  mailFrom: string;
  seedDemo: boolean;
  /** Base URL used in links inside mails, e.g. `https://kollega.example.org`. */
  publicUrl: string;
  trustProxy: boolean;
  webDir: string | null;
  loginRateLimit: number;
  logLevel: string;
};

/** Reads and validates the environment; throws one clear message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const url = e.DATABASE_URL?.trim();
  const database: DatabaseConfig =
    url && /^postgres(ql)?:\/\//.test(url)
      ? { dialect: "postgres", url }
      : { dialect: "sqlite", filename: url || path.join(e.KOLLEGA_DATA_DIR, "kollega.sqlite") };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    smtpUrl: e.SMTP_URL?.trim() || null,
    mailFrom: e.MAIL_FROM,
    seedDemo: e.KOLLEGA_DEMO === "1",
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    trustProxy: e.KOLLEGA_TRUST_PROXY === "1",
    webDir: e.KOLLEGA_SERVE_WEB_DIR || null,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
  };
}
