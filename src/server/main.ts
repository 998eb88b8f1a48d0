import { buildApp } from "./app";
import { loadConfig } from "./config";
import type { AppContext } from "./context";
import { openDatabase } from "./db/database";
import { migrateToLatest } from "./db/migrate";
import { seedDemo } from "./demo/seed";
import { startMailSender } from "./mail/sender";
import { scheduleOverdueReminders } from "./modules/activities/reminder-schedule";

/** Starts Kollega: config, migrations, demo seed, HTTP; stops cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const mail = startMailSender(db, {
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    log: (line) => console.log(line),
  });
  const ctx: AppContext = { db, config, mail };
  if (config.seedDemo) {
    const signIns = await seedDemo(ctx);
    if (signIns.length > 0) {
      console.log(
        `Demo data created. Sign in at ${config.publicUrl} with:\n  ${signIns.join("\n  ")}`,
      );
    }
  }
  const app = await buildApp(ctx);
  // At start, then hourly: owners of overdue checklist tasks get one reminder a day (recorded in
  // the database, so restarts and several instances do not repeat it).
  const reminders = scheduleOverdueReminders(ctx, {
    onError: (error) => app.log.error({ err: error }, "overdue reminders failed"),
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    reminders.stop();
    mail.stop();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  await app.listen({ port: config.port, host: config.host });
  console.log(`Kollega is running at ${config.publicUrl} (database: ${config.database.dialect})`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
