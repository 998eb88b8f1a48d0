import type { AppContext } from "../../context";
import { sendOverdueReminders } from "./reminder-job";
import { todayUtc } from "./schedule";

/** How often the server looks for overdue checklist tasks by default: hourly. */
export const defaultReminderIntervalMs = 3_600_000;

/** A running reminder schedule. */
export type ReminderSchedule = {
  /** Settles once the check made at start has finished (tests and shutdown wait for it). */
  firstRun: Promise<void>;
  /** Stops the timer; a check already under way finishes on its own. */
  stop: () => void;
};

type ScheduleOptions = {
  intervalMs?: number;
  /** Today's UTC date; a parameter so tests can move the calendar on. */
  today?: () => string;
  onError: (error: unknown) => void;
};

/**
 * Mails owners of overdue checklist tasks: once at start (so a server restarted more often than
 * the interval still sends) and then every `intervalMs`. `sendOverdueReminders` records each
 * owner's day, so reruns, restarts and several app instances never mail anyone twice a day.
 * Checks never overlap: a tick that finds the previous one still running is skipped.
 */
export function scheduleOverdueReminders(
  ctx: AppContext,
  { intervalMs = defaultReminderIntervalMs, today = todayUtc, onError }: ScheduleOptions,
): ReminderSchedule {
  let running: Promise<void> | null = null;
  const check = (): Promise<void> => {
    if (running) return running;
    running = sendOverdueReminders(ctx, today())
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const firstRun = check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { firstRun, stop: () => clearInterval(timer) };
}
