import cors from '@fastify/cors';
import etag from '@fastify/etag';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { App, AppDependencies } from './app-types.ts';
import { answerRoutes } from './answers/routes.ts';
import { applicationRoutes } from './applications/routes.ts';
import { CitizenTokenVerifier } from './auth/citizen-tokens.ts';
import { StaffTokens } from './auth/staff-tokens.ts';
import { staffTokenRoute } from './auth/staff-token-route.ts';
import { Catalogue } from './catalogue/catalogue.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { loadCatalogue } from './catalogue/load-catalogue.ts';
import { seedCatalogue } from './catalogue/seed-catalogue.ts';
import { loadSynonyms } from './catalogue/synonyms.ts';
import { ConfigError, type Config } from './config.ts';
import type { Database } from './db/database.ts';
import { FormRegistry } from './forms/form-registry.ts';
import { FORM_ANNOTATIONS } from './forms/form-validator.ts';
import { formRoutes } from './forms/routes.ts';
import { Handoff } from './handoff/handoff.ts';
import { webhookDocs } from './handoff/webhook-docs.ts';
import { formatProblem } from './forms/source/yaml-file.ts';
import { ClientRateLimit } from './http/client-rate-limit.ts';
import { installCompression } from './http/compression.ts';
import { installProblemHandler } from './http/error-handler.ts';
import { loggerOptions, type LogDestination } from './http/logger.ts';
import { installRequestPolicy } from './http/request-policy.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { serverOptions } from './http/server-options.ts';
import { registerKitRoutes } from './kit/routes.ts';
import { DeletionSchedule } from './operations/deletion.ts';
import { Metrics } from './operations/metrics.ts';
import { operations } from './operations/plugin.ts';
import { mailChannel } from './mail/mail-channel.ts';
import { mailRoutes } from './mail/routes.ts';
import { OutboxRunner } from './outbox/outbox-runner.ts';
import { webhookChannel } from './outbox/webhook-channel.ts';
import { receiptRoutes } from './receipts/routes.ts';
import { staffRoutes } from './staff/routes.ts';
import { StatusEvents } from './status/status-events.ts';
import { statusRoutes } from './status/routes.ts';

/** Builds the API on an open database: seeds the catalogue and forms, starts the outbox worker. */
export async function buildApp(config: Config, db: Database, logDestination?: LogDestination): Promise<App> {
  // The catalogue is data (catalogue/): the API refuses to start on any mistake in it, naming file and line.
  const { data, forms: formSources, problems } = await loadCatalogue(config.catalogueDir);
  if (problems.length > 0) {
    throw new ConfigError(`The catalogue in ${config.catalogueDir} has problems:\n${problems.map(formatProblem).join('\n')}`);
  }
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7245002)');
    await seedCatalogue(tx, data);
  });
  const today = () => config.today ?? new Date().toISOString().slice(0, 10);
  const catalogue = new Catalogue(data.municipalities, data.services, data.offerings, today);
  const { synonyms, problems: synonymProblems } = await loadSynonyms(config.catalogueDir, (key) => catalogue.service(key) !== undefined);
  if (synonymProblems.length > 0) {
    throw new ConfigError(`The synonym list in ${config.catalogueDir} has problems:\n${synonymProblems.map(formatProblem).join('\n')}`);
  }
  const forms = await FormRegistry.load(db, catalogue, formSources);
  const handoff = await Handoff.create(config.webhooks, forms);
  const statusEvents = await StatusEvents.start(db);
  const metrics = new Metrics({ db, openStreams: () => statusEvents.openStreams });
  const deps: AppDependencies = {
    publicUrl: config.publicUrl,
    catalogue,
    synonyms,
    forms,
    citizens: new CitizenTokenVerifier(config.trustedIssuers),
    staff: new StaffTokens(config.staffClients, config.staffTokenSecret),
    statusEvents,
    handoff,
    mail: config.mail !== undefined,
    rateLimits: {
      accessCodeLookups: new ClientRateLimit(config.accessCodeLookupsPerMinute),
      tokenRequests: new ClientRateLimit(config.tokenRequestsPerMinute),
    },
    observer: metrics,
  };

  const app = Fastify({
    ...serverOptions(config),
    logger: loggerOptions(config.logLevel, logDestination),
    bodyLimit: config.bodyLimitBytes,
    // The form convention's annotations (e.g. x-widget "textarea" for multi-line text) are known keywords.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true, keywords: FORM_ANNOTATIONS } },
    // Reference numbers and slugs are case-sensitive; a trailing slash is the same resource.
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  if (forms.generic.length > 0) {
    app.log.warn({ services: forms.generic }, 'these online services have no form in catalogue/forms and use the generic request form');
  }
  const outbox = new OutboxRunner(
    db,
    webhookChannel(config.webhooks, {
      prepare: (message) => handoff.prepare(message.municipality, message.event_type, message.payload),
    }),
    app.log,
    { pollMs: config.outboxPollMs, onFailure: (municipality) => metrics.webhookFailed(municipality) },
  );
  const mailer = config.mail && new OutboxRunner(db, mailChannel(config.mail, catalogue), app.log, { pollMs: config.outboxPollMs });
  installProblemHandler(app);
  await app.register(operations, { db, metrics, outbox, mailer: mailer || undefined, statusEvents });
  installSecurityHeaders(app);
  installRequestPolicy(app, config.limits);
  const origins = new Set([...catalogue.allOrigins(), ...config.allowedOrigins]);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && origins.has(origin)),
    methods: ['GET', 'POST', 'PUT', 'HEAD'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Rathaus-Access-Code', 'Last-Event-ID', 'If-None-Match'],
    exposedHeaders: ['Location', 'ETag', 'Retry-After'],
    maxAge: 600,
  });
  // Before the ETag hook, so that each content coding gets its own ETag.
  installCompression(app);
  await app.register(etag, { weak: false });
  await app.register(formbody);
  // Only JSON and multipart are accepted; anything else, text/plain included, is answered 415.
  app.removeContentTypeParser('text/plain');
  await app.register(multipart, {
    // Keep the client's file name as sent, so that a name with a path is refused instead of silently cut.
    preservePath: true,
    limits: { fileSize: config.maxAttachmentBytes, files: 10, fields: 2, parts: 12, fieldSize: config.bodyLimitBytes },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Open Rathaus API',
        version: '1.0.0',
        description: 'Service catalogue, forms, applications and their status for Landkreis Diepholz and its towns.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: config.publicUrl, description: "The county's API" }],
      webhooks: webhookDocs(),
      components: {
        securitySchemes: {
          citizen: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'Access token of a trusted OpenID Connect provider.',
          },
          staff: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/api/v1/oauth/token', scopes: {} } } },
          accessCode: { type: 'apiKey', in: 'header', name: 'Rathaus-Access-Code' },
        },
      },
    },
  });

  await app.register(
    async (plain) => {
      const api = plain.withTypeProvider<TypeBoxTypeProvider>();
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      const resources = [catalogueRoutes, formRoutes, applicationRoutes, answerRoutes, receiptRoutes, mailRoutes, statusRoutes];
      for (const resource of [...resources, staffTokenRoute, staffRoutes]) await api.register(resource, { deps, db, config });
    },
    { prefix: '/api/v1' },
  );

  if (config.kitDir)
    await registerKitRoutes(app, config.kitDir, {
      releasesDir: config.kitReleasesDir,
      issuers: config.trustedIssuers.map((trusted) => trusted.issuer),
    });

  outbox.start();
  const deletion = new DeletionSchedule(db, config.deletion, app.log, config.deletion.intervalMs);
  deletion.start();
  if (mailer) mailer.start();
  app.addHook('onClose', async () => {
    await deletion.stop();
    await outbox.stop();
    if (mailer) await mailer.stop();
    await statusEvents.stop();
  });
  return app;
}
