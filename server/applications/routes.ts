import { Type } from 'typebox';
import type { ResourcePlugin } from '../app-types.ts';
import { ApplicationView, Receipt, SubmissionEnvelope } from '../../contract/applications.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import { REFERENCE_EXAMPLE, REFERENCE_PATTERN } from '../../contract/reference-number.ts';
import { findByOwner } from './application-store.ts';
import { toViews } from './application-views.ts';
import { applicationForCitizen, optionalCitizen, requireCitizen } from './citizen-access.ts';
import { idempotencyKey } from './idempotency.ts';
import { readSubmission } from './submission-request.ts';
import { submitApplication } from './submit-application.ts';

export const Reference = Type.Object({ reference: Type.String({ pattern: REFERENCE_PATTERN, examples: [REFERENCE_EXAMPLE] }) });

export const applicationRoutes: ResourcePlugin = async (api, { deps, db, config }) => {
  const tags = ['Anträge'];

  api.post(
    '/applications',
    {
      schema: {
        operationId: 'submitApplication',
        tags,
        summary: 'Submit an application (JSON, or multipart/form-data with attachments)',
        description:
          'As JSON: `{ municipality, service, data }`. With attachments: multipart/form-data with that JSON in the part ' +
          '"application" and each file in a part named by the JSON pointer of its form field (e.g. "/nachweis"). ' +
          'The `Idempotency-Key` header is required; a retry with the same key returns the first answer.',
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String()) }),
        security: [{}, { citizen: [] }],
        body: SubmissionEnvelope,
        response: {
          201: Receipt,
          400: ProblemDocument,
          401: ProblemDocument,
          403: ProblemDocument,
          404: ProblemDocument,
          409: ProblemDocument,
          413: ProblemDocument,
          415: ProblemDocument,
          422: ProblemDocument,
          429: ProblemDocument,
        },
      },
      // The body is checked by readSubmission for both encodings; the schema above documents the JSON form.
      validatorCompiler: () => () => true,
      config: {
        rateLimit: {
          max: config.anonymousSubmissionsPerMinute,
          timeWindow: 60_000,
          // Signed-in citizens are known; the limit protects against anonymous floods. An empty Authorization
          // header signs no one in (see bearerToken), so it must not lift the limit either.
          allowList: (request) => Boolean(request.headers.authorization),
        },
      },
    },
    async (request, reply) => {
      const key = idempotencyKey(request);
      const citizen = await optionalCitizen(request, deps);
      const submission = await readSubmission(request, config.limits);
      const result = await submitApplication(deps, db, submission, citizen, key);
      const receipt = result.response as Receipt;
      return reply.code(201).header('location', `/api/v1/applications/${receipt.reference}`).send(receipt);
    },
  );

  api.get(
    '/applications/:reference',
    {
      schema: {
        operationId: 'getApplication',
        tags,
        summary: 'One application with its timeline, for its owner or with its access code',
        params: Reference,
        headers: Type.Object({ 'rathaus-access-code': Type.Optional(Type.String()) }),
        security: [{ citizen: [] }, { accessCode: [] }],
        response: { 200: ApplicationView, 401: ProblemDocument, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const row = await applicationForCitizen(request, deps, db, request.params.reference);
      void reply.header('cache-control', 'no-store');
      return (await toViews(db, deps, [row]))[0];
    },
  );

  api.get(
    '/me/applications',
    {
      schema: {
        operationId: 'listMyApplications',
        tags,
        summary: "The signed-in citizen's applications in every municipality, newest first",
        security: [{ citizen: [] }],
        response: { 200: Type.Array(ApplicationView), 401: ProblemDocument },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, deps);
      void reply.header('cache-control', 'no-store');
      return toViews(db, deps, await findByOwner(db, citizen.issuer, citizen.subject));
    },
  );
};
