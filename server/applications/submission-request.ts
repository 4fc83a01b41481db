import type { FastifyRequest } from 'fastify';
import { Value } from 'typebox/value';
import { SubmissionEnvelope } from '../../contract/applications.ts';
import { fieldErrors } from '../http/error-handler.ts';
import { checkedJson, parseJson } from '../http/json-limits.ts';
import type { Limits } from '../http/limits.ts';
import { problems } from '../http/problem.ts';
import { applyTextPolicy } from '../http/text-policy.ts';
import type { UploadedFile } from './attachments.ts';

export interface SubmissionRequest {
  envelope: SubmissionEnvelope;
  files: UploadedFile[];
}

/**
 * Reads a submission sent as JSON, or as multipart/form-data with the JSON in a part named "application" and
 * each file in a part named by the JSON pointer of its form field. The "application" part may be a plain field,
 * a field sent with `Content-Type: application/json`, or a JSON file; it is held to the same limits as a JSON body.
 */
export async function readSubmission(request: FastifyRequest, limits: Limits): Promise<SubmissionRequest> {
  if (!request.isMultipart()) return { envelope: checkEnvelope(request.body), files: [] };
  let envelope: SubmissionEnvelope | undefined;
  const files: UploadedFile[] = [];
  for await (const part of request.parts()) {
    if (part.fieldname === 'application') {
      if (envelope) throw problems.badRequest('Der Teil "application" darf nur einmal vorkommen.');
      if (part.type === 'file') envelope = checkEnvelope(parseJson((await part.toBuffer()).toString('utf8'), limits));
      else envelope = checkEnvelope(typeof part.value === 'string' ? parseJson(part.value, limits) : checkedJson(part.value, limits));
    } else if (part.type === 'file') {
      files.push({ pointer: part.fieldname, fileName: part.filename, declaredType: part.mimetype, content: await part.toBuffer() });
    } else {
      throw problems.badRequest(`Unbekannter Teil "${part.fieldname}"; erwartet werden "application" und Dateien.`);
    }
  }
  if (!envelope) throw problems.badRequest('Der Teil "application" mit den Antragsdaten fehlt.');
  return { envelope, files };
}

function checkEnvelope(body: unknown): SubmissionEnvelope {
  if (Value.Check(SubmissionEnvelope, body)) {
    // The form data is checked against its form (submit-application.ts); the envelope's own strings here.
    const { data, ...addressing } = body;
    const errors = applyTextPolicy(addressing, undefined);
    if (errors.length > 0) throw problems.badRequest('Unzulässige Zeichen.', errors);
    return { ...addressing, data } as SubmissionEnvelope;
  }
  const issues = [...Value.Errors(SubmissionEnvelope, body)]
    .filter((error) => error.keyword !== 'boolean')
    .flatMap((error) => {
      const params = error.params as { requiredProperties?: string[]; additionalProperties?: string[] };
      const base = { instancePath: error.instancePath, keyword: error.keyword, message: error.message };
      const missing = params.requiredProperties?.map((name) => ({ ...base, params: { missingProperty: name } }));
      const extra = params.additionalProperties?.map((name) => ({ ...base, params: { additionalProperty: name } }));
      return missing ?? extra ?? [{ ...base, params: {} }];
    });
  throw problems.badRequest('Erwartet wird { municipality, service, data }.', fieldErrors(issues));
}
