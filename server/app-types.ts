import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Synonyms } from '../contract/catalogue.ts';
import type { CitizenTokenVerifier } from './auth/citizen-tokens.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { StaffTokens } from './auth/staff-tokens.ts';
import type { Catalogue } from './catalogue/catalogue.ts';
import type { FormRegistry } from './forms/form-registry.ts';
import type { Handoff } from './handoff/handoff.ts';
import type { ClientRateLimit } from './http/client-rate-limit.ts';
import type { Observer } from './operations/metrics.ts';
import type { StatusEvents } from './status/status-events.ts';

/**
 * What the route modules are given: the Fastify instance they register on and the services they use. Kept apart
 * from app.ts, which builds both and imports every route module, so that no route module imports app.ts back.
 */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface AppDependencies {
  /** Where the API is reached from outside, e.g. https://api.landkreis-diepholz.de (for published schema URLs). */
  publicUrl: string;
  catalogue: Catalogue;
  /** The county's everyday words for the service search (catalogue/synonyms.yaml), served with every service list. */
  synonyms: Synonyms;
  forms: FormRegistry;
  citizens: CitizenTokenVerifier;
  staff: StaffTokens;
  statusEvents: StatusEvents;
  handoff: Handoff;
  /** Whether mail to citizens is configured (SMTP_URL): only then are mails put into the outbox. */
  mail: boolean;
  /** Per-client limits of look-ups by access code and of staff token requests. */
  rateLimits: { accessCodeLookups: ClientRateLimit; tokenRequests: ClientRateLimit };
  /** Counts submissions for the metrics; absent where no metrics are kept. */
  observer?: Observer;
}

/** What each resource's routes are registered with. */
export interface ResourceOptions {
  deps: AppDependencies;
  db: Database;
  config: Config;
}

/** A resource of the API (catalogue, forms, applications, …): a Fastify plugin registered under /api/v1. */
export type ResourcePlugin = FastifyPluginAsyncTypebox<ResourceOptions>;
