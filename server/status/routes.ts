import type { AppDependencies, ResourcePlugin } from '../app-types.ts';
import { findByOwner } from '../applications/application-store.ts';
import { toViews } from '../applications/application-views.ts';
import { applicationForCitizen, requireCitizen } from '../applications/citizen-access.ts';
import { Reference } from '../applications/routes.ts';
import type { StatusEvent } from '../../contract/applications.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import type { Database } from '../db/database.ts';
import { lastEventId, openEventStream } from './event-stream.ts';

const streamDescription =
  'Server-Sent Events: each change arrives as `event: status` with `id:` the timeline entry id and `data:` a ' +
  'StatusEvent `{ reference, entry }`. Send `Last-Event-ID` when reconnecting to receive what was missed. ' +
  'Browsers read it with fetch() because EventSource cannot send the Authorization header.';

export const statusRoutes: ResourcePlugin = async (api, { deps, db }) => {
  const tags = ['Status'];

  api.get(
    '/applications/:reference/events',
    {
      schema: {
        operationId: 'streamApplicationEvents',
        tags,
        summary: "Live status changes of one application (owner's token or access code)",
        description: streamDescription,
        params: Reference,
        security: [{ citizen: [] }, { accessCode: [] }],
        response: { 200: { description: 'text/event-stream', type: 'string' }, 401: ProblemDocument, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const row = await applicationForCitizen(request, deps, db, request.params.reference);
      const since = lastEventId(request);
      await openEventStream(
        request,
        reply,
        deps.statusEvents,
        (notice) => notice.applicationId === row.id,
        () => missedEvents(db, deps, [row], since),
      );
    },
  );

  api.get(
    '/me/events',
    {
      schema: {
        operationId: 'streamMyApplicationEvents',
        tags,
        summary: "Live status changes of all the signed-in citizen's applications",
        description: streamDescription,
        security: [{ citizen: [] }],
        response: { 200: { description: 'text/event-stream', type: 'string' }, 401: ProblemDocument },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, deps);
      const since = lastEventId(request);
      await openEventStream(
        request,
        reply,
        deps.statusEvents,
        (notice) => notice.ownerIssuer === citizen.issuer && notice.ownerSubject === citizen.subject,
        async () => (since === undefined ? [] : missedEvents(db, deps, await findByOwner(db, citizen.issuer, citizen.subject), since)),
      );
    },
  );
};

async function missedEvents(
  db: Database,
  deps: AppDependencies,
  rows: Parameters<typeof toViews>[2],
  since: number | undefined,
): Promise<StatusEvent[]> {
  if (since === undefined) return [];
  const views = await toViews(db, deps, rows);
  return views
    .flatMap((view) => view.timeline.filter((entry) => entry.id > since).map((entry) => ({ reference: view.reference, entry })))
    .sort((a, b) => a.entry.id - b.entry.id);
}
