import { useEffect, useState } from "preact/hooks";
import type { z } from "zod";
import type { meResponseSchema, SessionPerson } from "../shared/contracts/auth";
import { api } from "./api-client";
import {
  countUnsentDeviceDrafts,
  forgetDeviceDraftsOf,
} from "./features/peer-visits/notes/device-drafts";

type MeResponse = z.infer<typeof meResponseSchema>;

let current: SessionPerson | null = null;
const listeners = new Set<(person: SessionPerson | null) => void>();

/** The signed-in person as last known (null when signed out). */
export function getSessionPerson(): SessionPerson | null {
  return current;
}

/** Replaces the known session person and re-renders every `useSession` user. */
export function setSessionPerson(person: SessionPerson | null): void {
  current = person;
  for (const listener of listeners) listener(person);
}

/** Asks the server who is signed in (the session cookie is HttpOnly, so only it knows). */
export async function fetchSession(): Promise<SessionPerson | null> {
  const me = await api.get<MeResponse>("/api/auth/me");
  setSessionPerson(me.person);
  return me.person;
}

/** Signs in; rejects with an ApiError (401 for wrong e-mail or password). */
export async function signIn(email: string, password: string): Promise<SessionPerson | null> {
  const me = await api.post<MeResponse>("/api/auth/login", { email, password });
  setSessionPerson(me.person);
  return me.person;
}

/** How many notes the signed-in person typed on this device that the server does not have yet. */
export function countUnsentNoteDrafts(): number {
  return current ? countUnsentDeviceDrafts(current.id) : 0;
}

/** Signs out on the server and forgets the person here, with their note drafts on this device. */
export async function signOut(): Promise<void> {
  const personId = current?.id;
  await api.post("/api/auth/logout");
  if (personId) forgetDeviceDraftsOf(personId);
  setSessionPerson(null);
}

/** The signed-in person, re-rendering on sign-in, sign-out and profile changes. */
export function useSession(): SessionPerson | null {
  const [person, setPerson] = useState(current);
  useEffect(() => {
    listeners.add(setPerson);
    setPerson(current);
    return () => {
      listeners.delete(setPerson);
    };
  }, []);
  return person;
}

/** True for people who may create initiatives and organisations. */
export function canManageDirectory(person: SessionPerson | null): boolean {
  return person?.systemRole === "admin" || person?.systemRole === "facilitator";
}
