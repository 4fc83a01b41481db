import type { FastifyError, FastifyInstance } from 'fastify';
import type { FieldError } from '../../contract/problem.ts';
import { child } from '../../contract/json-pointer.ts';
import { Problem, problems } from './problem.ts';

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Renders every error as RFC 9457 problem details; only unexpected (5xx) errors are logged with their stack. */
export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500 && problem.status !== 503) request.log.error({ err: error }, 'unexpected error');
    if (problem.retryAfterSeconds !== undefined) void reply.header('retry-after', String(problem.retryAfterSeconds));
    void reply
      .code(problem.status)
      .type('application/problem+json')
      .send(problem.toDocument(request.url.split('?')[0]));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .type('application/problem+json')
      .send(problems.notFound(`Kein Endpunkt für ${request.method} ${request.url.split('?')[0]}.`).toDocument(request.url.split('?')[0]));
  });
}

function toProblem(error: FastifyError): Problem {
  if (error instanceof Problem) return error;
  if (error.validation) {
    const where = error.validationContext ?? 'body';
    return problems.badRequest(`Die Anfrage entspricht nicht dem Schema (${where}).`, fieldErrors(error.validation as ValidationIssue[]));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return new Problem(400, 'invalid-json', 'Ungültiges JSON', 'Der Inhalt der Anfrage ist kein gültiges JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new Problem(413, 'too-large', 'Anfrage zu groß', 'Die Anfrage oder eine Datei überschreitet die zulässige Größe.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new Problem(
        415,
        'unsupported-media-type',
        'Nicht unterstütztes Format',
        'Erwartet wird application/json oder multipart/form-data.',
      );
  }
  if (error.code === 'FST_PROTO_VIOLATION') {
    return problems.badRequest('Ein Teil der Anfrage trägt einen unzulässigen Namen.');
  }
  if (error.statusCode === 429) {
    return new Problem(429, 'rate-limited', 'Zu viele Anfragen', 'Bitte versuchen Sie es in einer Minute erneut.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new Problem(error.statusCode, 'bad-request', 'Ungültige Anfrage', error.message);
  }
  return new Problem(500, 'internal', 'Interner Fehler', 'Bitte versuchen Sie es später erneut.');
}

export function fieldErrors(issues: ValidationIssue[]): FieldError[] {
  return issues
    .filter((issue) => issue.keyword !== 'if')
    .map((issue) => {
      const name = issue.params.missingProperty ?? issue.params.unevaluatedProperty ?? issue.params.additionalProperty;
      const pointer = typeof name === 'string' ? child(issue.instancePath, name) : issue.instancePath;
      return { pointer, code: issue.keyword, detail: issue.message ?? 'ungültig' };
    });
}
