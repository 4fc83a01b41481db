import { Type } from 'typebox';
import type { ResourcePlugin } from '../app-types.ts';
import type { JsonSchema } from '../../contract/forms.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import { publishedSchema } from '../handoff/published-schema.ts';
import { schemaUri } from '../handoff/schema-uri.ts';
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
    texts: Type.Optional(
      Type.Object(
        {
          'de-x-ls': Type.Optional(
            Type.Object(
              {
                title: Type.Optional(Type.String()),
                nextSteps: Type.Optional(Type.String()),
                schema: Type.Record(Type.String(), Type.String(), {
                  description: 'Each text of `schema` in this language, by its JSON pointer, e.g. "/properties/geburt/title".',
                }),
              },
              { additionalProperties: false },
            ),
          ),
        },
        {
          additionalProperties: false,
          description:
            'The texts in other languages where the catalogue has them and they were asked for (`?texts=de-x-ls`). Only with the newest ' +
            'version: a better wording is not a new version.',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const formRoutes: ResourcePlugin = async (api, { deps: { forms, publicUrl } }) => {
  const tags = ['Formulare'];

  api.get(
    '/forms/:serviceKey',
    {
      schema: {
        operationId: 'getForm',
        security: [],
        tags,
        summary: 'The current form definition of a service',
        params: Type.Object({ serviceKey: Type.String() }),
        querystring: Type.Object({
          texts: Type.Optional(
            Type.Literal('de-x-ls', {
              description:
                'Also the texts in Leichte Sprache, where the catalogue has them (`texts["de-x-ls"]`). Asked for only ' +
                'when a citizen reads Leichte Sprache: they nearly double the definition.',
            }),
          ),
        }),
        response: { 200: FormDefinitionSchema, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const definition = forms.current(request.params.serviceKey, request.query.texts);
      if (!definition) throw problems.notFound(`Für die Leistung "${request.params.serviceKey}" gibt es kein Online-Formular.`);
      void reply.header('cache-control', 'public, max-age=300');
      return definition;
    },
  );

  api.get(
    '/forms/:serviceKey/versions/:version',
    {
      schema: {
        operationId: 'getFormVersion',
        security: [],
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

  api.get(
    '/schemas/:serviceKey/:file',
    {
      schema: {
        operationId: 'getDataSchema',
        security: [],
        tags,
        summary: 'The data schema of one form version, as every delivered application names it',
        description:
          "Plain JSON Schema 2020-12 (without the renderer's annotations), at a URL that never changes: " +
          '`/api/v1/schemas/{leikaKey}/{version}.json`. Webhooks name it in `metadata.contentStructure.data.submissionSchema.schemaUri`.',
        params: Type.Object({
          serviceKey: Type.String({ pattern: '^99[0-9]{12}$' }),
          file: Type.String({ pattern: '^[1-9][0-9]*\\.json$', description: 'The form version, e.g. "3.json".' }),
        }),
        response: {
          200: Type.Record(Type.String(), Type.Unknown(), { description: 'A JSON Schema 2020-12 document.' }),
          404: ProblemDocument,
        },
      },
    },
    async (request, reply) => {
      const version = Number.parseInt(request.params.file, 10);
      const definition = forms.version(request.params.serviceKey, version);
      if (!definition) throw problems.notFound('Dieses Datenschema gibt es nicht.');
      void reply.header('cache-control', 'public, max-age=31536000, immutable').type('application/schema+json');
      return publishedSchema(definition, schemaUri(publicUrl, definition.service, definition.version));
    },
  );
};
