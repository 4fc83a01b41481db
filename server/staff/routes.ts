import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ResourcePlugin } from '../app-types.ts';
import { findByMunicipality, findByReference, lockForChange, type ApplicationRow } from '../applications/application-store.ts';
import { toViews } from '../applications/application-views.ts';
import { readFile } from '../applications/attachment-store.ts';
import { Reference } from '../applications/routes.ts';
import type { StaffMember } from '../auth/staff-tokens.ts';
import { bearerToken } from '../auth/bearer.ts';
import { ApplicationView, Status, StatusChange, TimelineEntry } from '../../contract/applications.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import type { Sql } from '../db/database.ts';
import { Problem, problems } from '../http/problem.ts';
import { enqueueStatusMail } from '../mail/status-mail.ts';
import { enqueue } from '../outbox/outbox-store.ts';
import { appendStatus } from '../status/status-event-store.ts';
import { allowedNextStatuses } from './status-transitions.ts';

/** The staff API: a client sees and changes only the applications of its own municipality. */
export const staffRoutes: ResourcePlugin = async (api, { deps, db }) => {
  const tags = ['Sachbearbeitung'];
  const security = [{ staff: [] }];

  async function staffMember(request: FastifyRequest): Promise<StaffMember> {
    const token = bearerToken(request);
    if (!token) throw problems.unauthorized('Ein Zugangstoken der Sachbearbeitung ist nötig (POST /api/v1/oauth/token).');
    return deps.staff.verify(token);
  }

  // Another municipality's application answers 404 like a missing one: its existence is not staff's business.
  async function ownApplication(sql: Sql, member: StaffMember, reference: string): Promise<ApplicationRow> {
    const row = await findByReference(sql, reference);
    if (!row || row.municipality !== member.municipality) throw problems.notFound(`Einen Antrag ${reference} gibt es hier nicht.`);
    return row;
  }

  api.get(
    '/staff/applications',
    {
      schema: {
        operationId: 'listStaffApplications',
        tags,
        security,
        summary: "The municipality's applications, newest first, a page at a time",
        querystring: Type.Object({
          status: Type.Optional(Status),
          before: Type.Optional(Type.String({ description: 'Reference of the last item of the previous page.' })),
          limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
        }),
        response: { 200: Type.Array(ApplicationView), 401: ProblemDocument },
      },
    },
    async (request, reply) => {
      const member = await staffMember(request);
      void reply.header('cache-control', 'no-store');
      return toViews(db, deps, await findByMunicipality(db, member.municipality, request.query));
    },
  );

  api.get(
    '/staff/applications/:reference',
    {
      schema: {
        operationId: 'getStaffApplication',
        tags,
        security,
        summary: 'One application with data, attachments and timeline',
        params: Reference,
        response: { 200: ApplicationView, 401: ProblemDocument, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const member = await staffMember(request);
      void reply.header('cache-control', 'no-store');
      return (await toViews(db, deps, [await ownApplication(db, member, request.params.reference)]))[0];
    },
  );

  api.get(
    '/staff/applications/:reference/attachments/:id',
    {
      schema: {
        operationId: 'getStaffAttachment',
        tags,
        security,
        summary: 'The content of one attachment',
        params: Type.Object({ ...Reference.properties, id: Type.String({ format: 'uuid' }) }),
        response: {
          200: {
            description: 'The file as uploaded (PDF, JPEG or PNG); for a town with an encryption key a JWE (application/jose).',
            type: 'string',
            format: 'binary',
          },
          401: ProblemDocument,
          404: ProblemDocument,
        },
      },
    },
    async (request, reply) => {
      const member = await staffMember(request);
      const row = await ownApplication(db, member, request.params.reference);
      const file = await readFile(db, row.id, request.params.id);
      if (!file) throw problems.notFound('Diese Anlage gibt es nicht.');
      // For a town with a key, the file leaves the county only as a JWE (cty: its own type) that key opens.
      const delivered = await deps.handoff.attachment(row.municipality, Buffer.from(file.content), file.content_type);
      return reply
        .header('content-type', delivered.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(delivered.body as unknown as string); // binary body; the schema documents it as a string
    },
  );

  api.post(
    '/staff/applications/:reference/status',
    {
      schema: {
        operationId: 'changeApplicationStatus',
        tags,
        security,
        summary: 'Append a status to the timeline (a Rückfrage needs a message to the citizen)',
        params: Reference,
        body: StatusChange,
        response: { 201: TimelineEntry, 400: ProblemDocument, 401: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument },
      },
    },
    async (request, reply) => {
      const member = await staffMember(request);
      const { status, message } = request.body;
      if (status === 'rueckfrage' && !message) {
        throw problems.badRequest('Eine Rückfrage braucht eine Nachricht an die Antragstellerin oder den Antragsteller.', [
          { pointer: '/message', code: 'required', detail: 'Bitte geben Sie eine Nachricht ein.' },
        ]);
      }
      const entry = await db.transaction(async (tx) => {
        const row = await ownApplication(tx, member, request.params.reference);
        // Locked, so that two clerks cannot both move it from the same status.
        const current = await lockForChange(tx, row.id);
        if (!allowedNextStatuses(current).includes(status)) {
          throw new Problem(409, 'invalid-status-change', 'Statuswechsel nicht möglich', `Von „${current}“ geht es nicht zu „${status}“.`);
        }
        const owner = {
          id: row.id,
          reference: row.reference,
          municipality: row.municipality,
          ownerIssuer: row.owner_issuer,
          ownerSubject: row.owner_subject,
        };
        const appended = await appendStatus(tx, owner, status, message, `staff:${member.clientId}`);
        await enqueue(tx, row.municipality, 'application.status-changed', { reference: row.reference, entry: appended });
        await enqueueStatusMail(tx, deps, row, appended);
        return appended;
      });
      return reply.code(201).send(entry);
    },
  );
};
