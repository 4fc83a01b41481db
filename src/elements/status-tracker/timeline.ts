import type { ApplicationView } from '../../api/client.ts';
import type { StatusEvent } from '../../../contract/applications.ts';

/** Newest application first; the reference breaks ties of applications sent in the same millisecond. */
export function newestFirst(applications: ApplicationView[]): ApplicationView[] {
  return [...applications].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.reference.localeCompare(a.reference));
}

/**
 * The id of the newest timeline entry shown. Entry ids increase across all applications, so this is where a
 * live stream has to pick up (0 when nothing is shown yet: then everything that appears is new).
 */
export function newestEntryId(applications: ApplicationView[]): number {
  return Math.max(0, ...applications.flatMap((application) => application.timeline.map((entry) => entry.id)));
}

/**
 * The applications with a live entry added to its application's timeline. Undefined when the entry belongs to
 * no application shown or is already shown (a reconnecting stream may replay it).
 */
export function withEntry(applications: ApplicationView[], { reference, entry }: StatusEvent): ApplicationView[] | undefined {
  const index = applications.findIndex((application) => application.reference === reference);
  const application = applications[index];
  if (!application || application.timeline.some((shown) => shown.id === entry.id)) return undefined;
  const timeline = [...application.timeline, entry].sort((a, b) => a.id - b.id);
  const latest = timeline[timeline.length - 1];
  const updated = { ...application, timeline, status: latest.status, updatedAt: latest.at };
  return applications.map((candidate, position) => (position === index ? updated : candidate));
}
