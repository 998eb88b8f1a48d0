import { z } from "zod";
import { formatKeySchema } from "./activities";
import { participantRoleSchema, rsvpStatusSchema } from "./activity-items";
import { idSchema, isoDateSchema, isoDateTimeSchema } from "./common";

/** `POST .../activities/:activityId/invitations` body: whom to mail (default: not yet answered). */
export const sendActivityInvitationsSchema = z.object({
  /** Participants to mail; omitted means everyone who has not answered yet. */
  participantIds: z.array(idSchema).max(500).optional(),
});

/** Answer to sending invitations. */
export const sendActivityInvitationsResultSchema = z.object({
  /** How many mails were queued. */
  sent: z.number().int(),
});

/** An answer to an invitation. */
export const rsvpAnswerSchema = z.object({ response: z.enum(["accepted", "declined"]) });

/** Path parameter of the public RSVP routes: the secret token from the mail. */
export const rsvpTokenParamsSchema = z.object({ token: z.string().min(20).max(200) });

/** `GET /api/rsvp/:token`: what the invited participant sees before answering. */
export const rsvpPreviewSchema = z.object({
  activityId: idSchema,
  initiativeId: idSchema,
  initiativeName: z.string(),
  activityTitle: z.string(),
  formatKey: formatKeySchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  timeZone: z.string(),
  hostOrganisationName: z.string().nullable(),
  address: z.string(),
  onlineUrl: z.string().nullable(),
  participantName: z.string(),
  role: participantRoleSchema,
  rsvpStatus: rsvpStatusSchema,
  respondedAt: isoDateTimeSchema.nullable(),
  /** False once the activity has ended or was cancelled: answers are closed. */
  isOpen: z.boolean(),
});
export type RsvpPreview = z.infer<typeof rsvpPreviewSchema>;

/** The asking member's calendar feed for an initiative (the secret URL is shown only once). */
export const calendarFeedStatusSchema = z.object({
  exists: z.boolean(),
  createdAt: isoDateTimeSchema.nullable(),
});

/** Answer to creating or rotating a feed: the new secret URL (the old one stops working). */
export const calendarFeedSchema = z.object({
  /** `https://.../api/calendar/<token>.ics`; subscribe to it in a calendar app. */
  url: z.string(),
  createdAt: isoDateTimeSchema,
});

/** Path parameter of the public feed: the secret token. */
export const calendarFeedParamsSchema = z.object({ feedToken: z.string().min(20).max(200) });
