import type { FastifyRequest } from 'fastify';
import { Value } from 'typebox/value';
import { SubmissionEnvelope } from '../../contract/applications.ts';
import { fieldErrors } from '../http/error-handler.ts';
import { Problem, problems } from '../http/problem.ts';
import type { UploadedFile } from './attachments.ts';

export interface SubmissionRequest {
  envelope: SubmissionEnvelope;
  files: UploadedFile[];
}

/**
 * Reads a submission sent as JSON, or as multipart/form-data with the JSON in a part named "application" and
 * each file in a part named by the JSON pointer of its form field.
 */
export async function readSubmission(request: FastifyRequest): Promise<SubmissionRequest> {
  if (!request.isMultipart()) return { envelope: checkEnvelope(request.body), files: [] };
  let envelope: SubmissionEnvelope | undefined;
  const files: UploadedFile[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      files.push({ pointer: part.fieldname, fileName: part.filename, declaredType: part.mimetype, content: await part.toBuffer() });
    } else if (part.fieldname === 'application') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(part.value));
      } catch {
        throw new Problem(400, 'invalid-json', 'Ungültiges JSON', 'Der Teil "application" ist kein gültiges JSON.');
      }
      envelope = checkEnvelope(parsed);
    } else {
      throw problems.badRequest(`Unbekannter Teil "${part.fieldname}"; erwartet werden "application" und Dateien.`);
    }
  }
  if (!envelope) throw problems.badRequest('Der Teil "application" mit den Antragsdaten fehlt.');
  return { envelope, files };
}

function checkEnvelope(body: unknown): SubmissionEnvelope {
  if (Value.Check(SubmissionEnvelope, body)) return body;
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
