import type { ResourcePlugin } from '../app-types.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import { applicationForCitizen } from '../applications/citizen-access.ts';
import { Reference } from '../applications/routes.ts';
import { problems } from '../http/problem.ts';
import { feeOf } from './fee.ts';
import { receiptPdf } from './receipt-pdf.ts';

export const receiptRoutes: ResourcePlugin = async (api, { deps, db }) => {
  api.get(
    '/applications/:reference/receipt.pdf',
    {
      schema: {
        operationId: 'getApplicationReceipt',
        tags: ['Anträge'],
        summary: 'The receipt as a tagged, accessible PDF (owner or access code)',
        description:
          'Town, reference, date and time, service, the submitted data under the labels of the form it was filled in, ' +
          'files by name and size, what happens next and the fee. Asked for with the access code, it also shows the code.',
        params: Reference,
        security: [{ citizen: [] }, { accessCode: [] }],
        response: {
          200: { description: 'application/pdf', type: 'string', format: 'binary' },
          401: ProblemDocument,
          404: ProblemDocument,
        },
      },
    },
    async (request, reply) => {
      const row = await applicationForCitizen(request, deps, db, request.params.reference);
      const form = deps.forms.version(row.service_key, row.form_version);
      const service = deps.catalogue.service(row.service_key);
      if (!form || !service) throw problems.notFound(`Zu ${row.reference} gibt es keine Bestätigung.`);
      const code = request.headers['rathaus-access-code'];
      const pdf = await receiptPdf({
        reference: row.reference,
        authority: deps.catalogue.municipality(row.municipality)?.name ?? row.municipality,
        service: service.name,
        submittedAt: row.created_at,
        ...(typeof code === 'string' && row.access_code_hash ? { accessCode: code.trim().toUpperCase() } : {}),
        schema: form.schema,
        data: row.data,
        nextSteps: form.nextSteps,
        fee: feeOf(deps.catalogue, row.municipality, service),
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="Eingangsbestaetigung-${row.reference}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf as unknown as string); // binary body; the schema documents it as a string
    },
  );
};
