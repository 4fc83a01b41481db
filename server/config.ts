import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { TrustLevel } from '../contract/catalogue.ts';
import { LIMIT_VARIABLES, type Limits } from './http/limits.ts';

const TrustedIssuer = Type.Object({
  issuer: Type.String({ minLength: 1 }),
  audience: Type.Union([Type.String(), Type.Array(Type.String())]),
  jwksUri: Type.Optional(Type.String()),
  /** Maps the provider's `acr` values to eIDAS trust levels; an unmapped acr counts as "niedrig". */
  acr: Type.Optional(Type.Record(Type.String(), TrustLevel)),
});
export type TrustedIssuer = Static<typeof TrustedIssuer>;

const StaffClient = Type.Object({
  clientId: Type.String({ minLength: 1 }),
  clientSecret: Type.String({ minLength: 16 }),
  municipality: Type.String({ minLength: 1 }),
});
export type StaffClient = Static<typeof StaffClient>;

const Webhook = Type.Object({
  url: Type.String({ minLength: 1 }),
  secret: Type.String({ minLength: 16 }),
  /** The town's public key (JWK, RSA-OAEP-256 or ECDH-ES): applications and attachments then go out encrypted. */
  encryptionKey: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type Webhook = Static<typeof Webhook>;

const MailSender = Type.Object({
  /** The sender's display name, e.g. "Stadt Syke – Bürgerbüro"; default: the municipality's name. */
  name: Type.Optional(Type.String({ minLength: 1 })),
  /** Where citizens' replies go; default: the Bürgerbüro's address in the catalogue. */
  replyTo: Type.Optional(Type.String({ minLength: 3 })),
  /** The town website's status page (with <rathaus-status-tracker>), linked from every mail. */
  statusPage: Type.Optional(Type.String({ format: 'uri' })),
});
export type MailSender = Static<typeof MailSender>;

/** E-mail to citizens; off unless SMTP_URL is set. */
export interface MailConfig {
  smtpUrl: string;
  /** The envelope sender and From address, e.g. "noreply@landkreis-diepholz.de". */
  from: string;
  /** Per municipality slug: sender name, reply-to and status page. */
  senders: Record<string, MailSender>;
}

export interface Config {
  host: string;
  port: number;
  /** The API's address as the public sees it, without /api/v1; names the published data schemas. */
  publicUrl: string;
  dataDir: string;
  databaseUrl?: string;
  trustedIssuers: TrustedIssuer[];
  staffClients: StaffClient[];
  staffTokenSecret: string;
  webhooks: Record<string, Webhook>;
  mail?: MailConfig;
  allowedOrigins: string[];
  maxAttachmentBytes: number;
  bodyLimitBytes: number;
  anonymousSubmissionsPerMinute: number;
  /** Look-ups of an application by access code (reading it or following it live), per client address. */
  accessCodeLookupsPerMinute: number;
  /** Requests to the staff token endpoint, per client address. */
  tokenRequestsPerMinute: number;
  /** Addresses or CIDR ranges of the proxies whose X-Forwarded-For names the client (TRUST_PROXY). */
  trustProxy: string[];
  limits: Limits;
  outboxPollMs: number;
  /** How long a shutdown may take (SIGTERM/SIGINT) before the process exits regardless (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
  /** Deletion periods (DELETION_DAYS, default 365; DELETION_DAYS_BY_SERVICE, JSON { serviceKey: days }). */
  deletion: { defaultDays: number; byService: Record<string, number>; intervalMs: number };
  logLevel: string;
  /** Folder of the catalogue's data files (forms and building blocks); default: the repository's catalogue/. */
  catalogueDir: string;
  /** Folder of the kit's CDN build to serve at /kit/ (e.g. dist/cdn); not served when unset. */
  kitDir?: string;
  /** Folder of earlier kit builds, one subfolder per version, still served at /kit/<version>/ (KIT_RELEASES_DIR). */
  kitReleasesDir?: string;
  /** Overrides today's date for the rollout ("live from"); for tests and previews only. */
  today?: string;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once at start; every problem is reported with the variable's name. */
export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  if (production && !env.STAFF_TOKEN_SECRET) throw new ConfigError('STAFF_TOKEN_SECRET must be set in production.');
  const host = env.HOST ?? '127.0.0.1';
  const port = integer(env, 'PORT', 3000);
  const limits = Object.fromEntries(
    Object.entries(LIMIT_VARIABLES).map(([key, { name, fallback }]) => [key, positive(env, name, fallback)]),
  ) as unknown as Limits;
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError('HEADERS_TIMEOUT_MS must not be larger than REQUEST_TIMEOUT_MS (the headers are part of the request).');
  }
  return {
    host,
    port,
    publicUrl: url(env, 'PUBLIC_URL') ?? `http://${host}:${port}`,
    dataDir: env.DATA_DIR ?? 'data/pglite',
    databaseUrl: env.DATABASE_URL || undefined,
    trustedIssuers: json(env, 'TRUSTED_ISSUERS', Type.Array(TrustedIssuer), []),
    staffClients: json(env, 'STAFF_CLIENTS', Type.Array(StaffClient), []),
    staffTokenSecret: env.STAFF_TOKEN_SECRET ?? randomBytes(32).toString('base64url'),
    webhooks: json(env, 'WEBHOOKS', Type.Record(Type.String(), Webhook), {}),
    ...mailConfig(env),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    maxAttachmentBytes: integer(env, 'MAX_ATTACHMENT_BYTES', 10 * 1024 * 1024),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    anonymousSubmissionsPerMinute: integer(env, 'ANONYMOUS_SUBMISSIONS_PER_MINUTE', 20),
    accessCodeLookupsPerMinute: integer(env, 'ACCESS_CODE_LOOKUPS_PER_MINUTE', 30),
    tokenRequestsPerMinute: integer(env, 'TOKEN_REQUESTS_PER_MINUTE', 30),
    trustProxy: addresses(env, 'TRUST_PROXY'),
    limits,
    outboxPollMs: integer(env, 'OUTBOX_POLL_MS', 1000),
    shutdownTimeoutMs: positive(env, 'SHUTDOWN_TIMEOUT_MS', 10_000),
    deletion: {
      defaultDays: positive(env, 'DELETION_DAYS', 365),
      byService: json(env, 'DELETION_DAYS_BY_SERVICE', Type.Record(Type.String(), Type.Integer({ minimum: 1 })), {}),
      intervalMs: positive(env, 'DELETION_INTERVAL_MS', 3_600_000),
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    catalogueDir: env.CATALOGUE_DIR || fileURLToPath(new URL('../catalogue/', import.meta.url)),
    kitDir: env.KIT_DIR || undefined,
    kitReleasesDir: env.KIT_RELEASES_DIR || undefined,
    today: date(env, 'RATHAUS_TODAY'),
  };
}

function mailConfig(env: NodeJS.ProcessEnv): { mail?: MailConfig } {
  const smtpUrl = env.SMTP_URL;
  if (!smtpUrl) return {};
  if (!URL.canParse(smtpUrl) || !/^smtps?:$/.test(new URL(smtpUrl).protocol)) {
    throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.de:587.');
  }
  const from = env.MAIL_FROM;
  if (!from || !/^[^\s@]+@[^\s@]+$/.test(from)) throw new ConfigError('MAIL_FROM must be set to an e-mail address when SMTP_URL is set.');
  return { mail: { smtpUrl, from, senders: json(env, 'MAIL_SENDERS', Type.Record(Type.String(), MailSender), {}) } };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number ≥ 0, got "${raw}".`);
  return value;
}

function url(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}".`);
  return raw.replace(/\/$/, '');
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value === 0) throw new ConfigError(`${name} must be at least 1.`);
  return value;
}

/** A comma-separated list of IP addresses and CIDR ranges, e.g. "10.0.0.0/8, 192.168.1.5". */
function addresses(env: NodeJS.ProcessEnv, name: string): string[] {
  const entries = (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    const maxPrefix = version === 6 ? 128 : 32;
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= maxPrefix);
    if (version === 0 || !validPrefix || rest.length > 0) {
      throw new ConfigError(`${name} must list IP addresses or CIDR ranges such as 10.0.0.0/8, got "${entry}".`);
    }
  }
  return entries;
}

function date(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new ConfigError(`${name} must be a date like 2026-11-25, got "${raw}".`);
  return raw;
}

function json<S extends TSchema>(env: NodeJS.ProcessEnv, name: string, schema: S, fallback: Static<S>): Static<S> {
  const raw = env[name];
  if (!raw) return fallback;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError(`${name} is not valid JSON.`);
  }
  if (!Value.Check(schema, value)) {
    const [first] = Value.Errors(schema, value);
    throw new ConfigError(`${name} is invalid at "${first?.instancePath || '/'}": ${first?.message ?? 'unexpected value'}.`);
  }
  return value as Static<S>;
}
