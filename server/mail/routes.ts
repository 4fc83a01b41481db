import type { ResourcePlugin } from '../app-types.ts';
import { StatusMailPreference } from '../../contract/applications.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import { setStatusMail } from '../applications/application-store.ts';
import { applicationForCitizen } from '../applications/citizen-access.ts';
import { Reference } from '../applications/routes.ts';

export const mailRoutes: ResourcePlugin = async (api, { deps, db }) => {
  api.put(
    '/applications/:reference/status-mail',
    {
      schema: {
        operationId: 'setStatusMail',
        tags: ['Anträge'],
        summary: 'Turn e-mail on status changes of one application on or off (owner or access code)',
        description: 'A Rückfrage is mailed in any case: it needs an answer. The receipt mail is not affected.',
        params: Reference,
        security: [{ citizen: [] }, { accessCode: [] }],
        body: StatusMailPreference,
        response: { 200: StatusMailPreference, 400: ProblemDocument, 401: ProblemDocument, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const row = await applicationForCitizen(request, deps, db, request.params.reference);
      await setStatusMail(db, row.id, request.body.enabled);
      void reply.header('cache-control', 'no-store');
      return { enabled: request.body.enabled };
    },
  );
};
