import { Type } from 'typebox';
import type { App, AppDependencies } from '../app.ts';
import type { JsonSchema } from '../../contract/forms.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import { problems } from '../http/problem.ts';

const FormDefinitionSchema = Type.Object(
  {
    service: Type.String(),
    version: Type.Integer({ minimum: 1 }),
    title: Type.String(),
    nextSteps: Type.String(),
    schema: Type.Unsafe<JsonSchema>(
      Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema 2020-12 with the x- annotations of the form convention.' }),
    ),
  },
  { additionalProperties: false },
);

export function registerFormRoutes(api: App, { forms }: AppDependencies): void {
  const tags = ['Formulare'];

  api.get(
    '/forms/:serviceKey',
    {
      schema: {
        tags,
        summary: 'The current form definition of a service',
        params: Type.Object({ serviceKey: Type.String() }),
        response: { 200: FormDefinitionSchema, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const definition = forms.latest(request.params.serviceKey);
      if (!definition) throw problems.notFound(`Für die Leistung "${request.params.serviceKey}" gibt es kein Online-Formular.`);
      void reply.header('cache-control', 'public, max-age=300');
      return definition;
    },
  );

  api.get(
    '/forms/:serviceKey/versions/:version',
    {
      schema: {
        tags,
        summary: 'One version of a form definition, as an application was filled in',
        params: Type.Object({ serviceKey: Type.String(), version: Type.Integer({ minimum: 1 }) }),
        response: { 200: FormDefinitionSchema, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const definition = forms.version(request.params.serviceKey, request.params.version);
      if (!definition) throw problems.notFound('Diese Formularversion gibt es nicht.');
      void reply.header('cache-control', 'public, max-age=31536000, immutable');
      return definition;
    },
  );
}
