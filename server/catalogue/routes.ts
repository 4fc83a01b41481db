import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ResourcePlugin } from '../app-types.ts';
import { Municipality, Service, ServiceEntry, ServiceList } from '../../contract/catalogue.ts';
import { ProblemDocument } from '../../contract/problem.ts';
import { problems } from '../http/problem.ts';
import { preferredEncoding, ResponseCache } from './response-cache.ts';

// The catalogue changes only with a deployment; five minutes keeps CDNs and browsers useful without going stale.
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

export const catalogueRoutes: ResourcePlugin = async (api, { deps: { catalogue, synonyms } }) => {
  const cache = new ResponseCache();
  // The list is the API's hottest answer: serialised, hashed and compressed once per municipality and day.
  const cached = (request: FastifyRequest, reply: FastifyReply, key: string, build: () => unknown) => {
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    const { body, etag } = cache.get(`${catalogue.currentDate()}|${key}`, build)[encoding];
    // With the precomputed ETag set, @fastify/etag answers If-None-Match with 304, as it does for every other route.
    void reply.header('cache-control', CACHE_CONTROL).header('etag', etag).header('vary', 'Origin, Accept-Encoding');
    if (encoding !== 'identity') void reply.header('content-encoding', encoding);
    return reply.type('application/json; charset=utf-8').send(body);
  };

  const Slug = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]+$' }) });
  const tags = ['Katalog'];

  api.get(
    '/municipalities',
    {
      schema: {
        operationId: 'listMunicipalities',
        security: [],
        tags,
        summary: 'All municipalities of the county, with their rollout dates',
        response: { 200: Type.Array(Municipality) },
      },
    },
    async (request, reply) => cached(request, reply, 'municipalities', () => catalogue.listMunicipalities()),
  );

  api.get(
    '/municipalities/:slug',
    {
      schema: {
        operationId: 'getMunicipality',
        security: [],
        tags,
        summary: 'One municipality',
        params: Slug,
        response: { 200: Municipality, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const municipality = catalogue.municipality(request.params.slug);
      if (!municipality) throw problems.notFound(`Die Kommune "${request.params.slug}" gibt es nicht.`);
      void reply.header('cache-control', CACHE_CONTROL);
      return municipality;
    },
  );

  api.get(
    '/municipalities/:slug/services',
    {
      schema: {
        operationId: 'listMunicipalityServices',
        security: [],
        tags,
        summary: "Services for the municipality's residents, including the county's, each with how it is offered",
        params: Slug,
        response: { 200: ServiceList, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      if (!catalogue.municipality(slug)) throw problems.notFound(`Die Kommune "${slug}" gibt es nicht.`);
      return cached(request, reply, `services|${slug}`, () => ({ municipality: slug, services: catalogue.servicesFor(slug), synonyms }));
    },
  );

  api.get(
    '/municipalities/:slug/services/:key',
    {
      schema: {
        operationId: 'getMunicipalityService',
        security: [],
        tags,
        summary: "One service for the municipality's residents, with how it is offered (what a form page needs)",
        description:
          'The entry of `listMunicipalityServices` for one LeiKa key, so that a page with one form does not load the ' +
          "town's whole list. 404 when the municipality does not exist or does not offer the service to its residents.",
        params: Type.Object({ slug: Slug.properties.slug, key: Type.String() }),
        response: { 200: ServiceEntry, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const { slug, key } = request.params;
      if (!catalogue.municipality(slug)) throw problems.notFound(`Die Kommune "${slug}" gibt es nicht.`);
      const offering = catalogue.offering(slug, key);
      if (!offering) throw problems.notFound(`Die Leistung "${key}" wird in dieser Kommune nicht angeboten.`);
      return cached(request, reply, `service|${slug}|${key}`, () => offering.entry);
    },
  );

  api.get(
    '/services/:key',
    {
      schema: {
        operationId: 'getService',
        security: [],
        tags,
        summary: 'One service of the catalogue by its LeiKa key',
        params: Type.Object({ key: Type.String() }),
        response: { 200: Service, 404: ProblemDocument },
      },
    },
    async (request, reply) => {
      const service = catalogue.service(request.params.key);
      if (!service) throw problems.notFound(`Die Leistung "${request.params.key}" gibt es nicht.`);
      void reply.header('cache-control', CACHE_CONTROL);
      return service;
    },
  );
};
