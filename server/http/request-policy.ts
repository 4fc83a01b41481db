import type { FastifyInstance } from 'fastify';
import { SubmissionEnvelope } from '../../contract/applications.ts';
import type { JsonSchema } from '../../contract/forms.ts';
import type { FieldError } from '../../contract/problem.ts';
import { parseJson } from './json-limits.ts';
import type { Limits } from './limits.ts';
import { problems } from './problem.ts';
import { applyTextPolicy } from './text-policy.ts';

/**
 * What every request's content must satisfy before a route sees it: JSON bodies within the limits (parsed into
 * objects without prototype), and every string of the body, the query string and the path parameters within the
 * text policy, multi-line where the route's schema marks a field `x-widget: "textarea"`. A submission's form data
 * is checked against its form's schema instead (submit-application.ts), because only the form knows its fields.
 */
export function installRequestPolicy(app: FastifyInstance, limits: Limits): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJson(body as string, limits));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema;
    const parts: [string, unknown, unknown][] = [
      ['Inhalt', schema?.body === SubmissionEnvelope ? undefined : request.body, schema?.body],
      ['Query-Parameter', request.query, schema?.querystring],
      ['Pfad', request.params, schema?.params],
    ];
    const errors: FieldError[] = [];
    const where: string[] = [];
    for (const [name, value, partSchema] of parts) {
      if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
      const found = applyTextPolicy(value, partSchema as JsonSchema | undefined);
      if (found.length > 0) where.push(name);
      errors.push(...found);
    }
    if (errors.length > 0) throw problems.badRequest(`Unzulässige Zeichen (${where.join(', ')}).`, errors);
  });
}
