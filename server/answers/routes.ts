import { Type } from 'typebox';
import type { ResourcePlugin } from '../app-types.ts';
import { AnswerRequest, TimelineEntry } from '../../contract/applications.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import { applicationForCitizen } from '../applications/citizen-access.ts';
import { idempotencyKey } from '../applications/idempotency.ts';
import { Reference } from '../applications/routes.ts';
import { readAnswer } from './answer-request.ts';
import { submitAnswer } from './submit-answer.ts';

export const answerRoutes: ResourcePlugin = async (api, { deps, db, config }) => {
  api.post(
    '/applications/:reference/answers',
    {
      schema: {
        operationId: 'answerApplication',
        tags: ['Anträge'],
        summary: "Answer the office's Rückfrage, with text and files (owner's token or access code)",
        description:
          'As JSON: `{ text }`. With files: multipart/form-data with that JSON in the part "answer" and each file (PDF, ' +
          'JPEG or PNG, as in the application form) in a part "file". Only while the application is in `rueckfrage`; the ' +
          'answer becomes the timeline entry "Ihre Antwort" and reaches the office as `application.message-received`. ' +
          'The status stays until the office moves the case on. The `Idempotency-Key` header is required.',
        params: Reference,
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String()),
          'rathaus-access-code': Type.Optional(Type.String()),
        }),
        security: [{ citizen: [] }, { accessCode: [] }],
        body: AnswerRequest,
        response: {
          201: TimelineEntry,
          400: ProblemDocument,
          401: ProblemDocument,
          404: ProblemDocument,
          409: ProblemDocument,
          413: ProblemDocument,
          415: ProblemDocument,
          422: ProblemDocument,
          429: ProblemDocument,
        },
      },
      // The body is checked by readAnswer for both encodings; the schema above documents the JSON form.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      const key = idempotencyKey(request);
      const application = await applicationForCitizen(request, deps, db, request.params.reference);
      const answer = await readAnswer(request, config.limits);
      const result = await submitAnswer(db, application, answer, key);
      // A replay answers exactly as the first request was answered (201 with its entry).
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(result.response as TimelineEntry);
    },
  );
};
