import { Type, type Static } from 'typebox';
import { TimelineEntry } from './applications.ts';
import { TrustLevel } from './catalogue.ts';

/**
 * What a specialist procedure receives: webhooks whose application metadata follows the shape of FIT-Connect's
 * submission metadata (the federal standard for handing applications to authorities), so that one generic
 * mapping consumes every service. The same schemas validate the payloads the server builds and describe the
 * webhooks in the OpenAPI document.
 */

export const Hash = Type.Object(
  {
    type: Type.Literal('sha512'),
    content: Type.String({ pattern: '^[0-9a-f]{128}$', description: 'Lower-case hex.' }),
  },
  { additionalProperties: false },
);

export const AttachmentMetadata = Type.Object(
  {
    attachmentId: Type.String({ format: 'uuid' }),
    /** FIT-Connect's purposes; uploads of a form field are always "attachment". */
    purpose: Type.Literal('attachment'),
    filename: Type.String(),
    mimeType: Type.String({ examples: ['application/pdf'] }),
    description: Type.String({ description: 'The label of the form field the file was uploaded for.' }),
    pointer: Type.String({ description: 'JSON pointer of the form field in the data, e.g. "/fund/foto".' }),
    size: Type.Integer({ minimum: 1 }),
    hash: Hash,
  },
  { additionalProperties: false },
);
export type AttachmentMetadata = Static<typeof AttachmentMetadata>;

export const SubmissionMetadata = Type.Object(
  {
    publicServiceType: Type.Object(
      {
        identifier: Type.String({
          pattern: '^urn:de:fim:leika:leistung:99[0-9]{12}$',
          examples: ['urn:de:fim:leika:leistung:99019001064000'],
        }),
        name: Type.String(),
      },
      { additionalProperties: false },
    ),
    contentStructure: Type.Object(
      {
        data: Type.Object(
          {
            submissionSchema: Type.Object(
              {
                schemaUri: Type.String({ format: 'uri', description: 'The published JSON Schema the data is valid against.' }),
                mimeType: Type.Literal('application/json'),
              },
              { additionalProperties: false },
            ),
            /** SHA-512 of the data serialised by RFC 8785 (JSON Canonicalization Scheme). */
            hash: Hash,
          },
          { additionalProperties: false },
        ),
        attachments: Type.Array(AttachmentMetadata),
      },
      { additionalProperties: false },
    ),
    authenticationInformation: Type.Array(
      Type.Object(
        {
          type: Type.Literal('oidc'),
          issuer: Type.String({ description: 'The OpenID Connect provider the citizen signed in with.' }),
          trustLevel: TrustLevel,
        },
        { additionalProperties: false },
      ),
      { description: 'How the citizen was identified; empty for an anonymous application.' },
    ),
    replyChannel: Type.Optional(
      Type.Object(
        { eMail: Type.Object({ address: Type.String({ format: 'email' }) }, { additionalProperties: false }) },
        { additionalProperties: false },
      ),
    ),
    additionalReferenceInfo: Type.Object(
      {
        senderReference: Type.String({ description: 'The reference number the citizen was given, e.g. SYK-2026-000123.' }),
        applicationDate: Type.String({ format: 'date' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type SubmissionMetadata = Static<typeof SubmissionMetadata>;

export const MunicipalityRef = Type.Object(
  {
    slug: Type.String(),
    name: Type.String(),
    ars: Type.Optional(Type.String({ pattern: '^[0-9]{9}([0-9]{3})?$', description: 'Amtlicher Regionalschlüssel.' })),
  },
  { additionalProperties: false },
);

const AttachmentLink = Type.Object(
  {
    attachmentId: Type.String({ format: 'uuid' }),
    href: Type.String({ description: 'Download with the staff token; a JWE (application/jose) where the town has a key.' }),
  },
  { additionalProperties: false },
);

const SubmittedCommon = {
  reference: Type.String(),
  municipality: MunicipalityRef,
  submittedVia: Type.String({ description: 'Slug of the town whose website the application was sent from.' }),
  attachments: Type.Array(AttachmentLink),
};

/** `application.submitted` for a town without a key: metadata and data readable. */
export const ApplicationSubmittedPlain = Type.Object(
  { ...SubmittedCommon, metadata: SubmissionMetadata, data: Type.Record(Type.String(), Type.Unknown()) },
  { additionalProperties: false },
);
export type ApplicationSubmittedPlain = Static<typeof ApplicationSubmittedPlain>;

/** `application.submitted` for a town with a key: metadata and data as JWE (compact), only the town can read them. */
export const ApplicationSubmittedEncrypted = Type.Object(
  {
    ...SubmittedCommon,
    encryptedMetadata: Type.String({ description: 'JWE (compact) of the SubmissionMetadata JSON.' }),
    encryptedData: Type.String({ description: 'JWE (compact) of the data, serialised by RFC 8785.' }),
  },
  { additionalProperties: false },
);

export const ApplicationSubmitted = Type.Union([ApplicationSubmittedPlain, ApplicationSubmittedEncrypted]);

export const ApplicationStatusChanged = Type.Object({ reference: Type.String(), entry: TimelineEntry }, { additionalProperties: false });

const MessageCommon = {
  reference: Type.String(),
  entryId: Type.Integer({ description: 'Id of the timeline entry "Ihre Antwort" (the status-changed entries use the same ids).' }),
  receivedAt: Type.String({ format: 'date-time' }),
  attachments: Type.Array(
    Type.Object(
      {
        ...AttachmentMetadata.properties,
        href: Type.String({ description: 'Download with the staff token; a JWE (application/jose) where the town has a key.' }),
      },
      { additionalProperties: false },
    ),
  ),
};

/**
 * `application.message-received`: the citizen answered a Rückfrage, with text and files (each described as in
 * the submission's metadata). The status is unchanged; the office decides when the case goes on.
 */
export const ApplicationMessageReceivedPlain = Type.Object(
  { ...MessageCommon, text: Type.String({ description: "The citizen's answer." }) },
  { additionalProperties: false },
);
export type ApplicationMessageReceivedPlain = Static<typeof ApplicationMessageReceivedPlain>;

export const ApplicationMessageReceivedEncrypted = Type.Object(
  { ...MessageCommon, encryptedText: Type.String({ description: "JWE (compact) of the citizen's answer (text/plain; charset=utf-8)." }) },
  { additionalProperties: false },
);

export const ApplicationMessageReceived = Type.Union([ApplicationMessageReceivedPlain, ApplicationMessageReceivedEncrypted]);

/** The envelope of every webhook (signed as Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature). */
export function webhookMessage<T extends ReturnType<typeof Type.Object> | ReturnType<typeof Type.Union>>(type: string, data: T) {
  return Type.Object(
    {
      id: Type.String({ description: 'Unique per message; repeated on redelivery (deduplicate by it).' }),
      type: Type.Literal(type),
      municipality: Type.String(),
      occurredAt: Type.String({ format: 'date-time' }),
      data,
    },
    { additionalProperties: false },
  );
}

export const WEBHOOKS = {
  'application.submitted': webhookMessage('application.submitted', ApplicationSubmitted),
  'application.status-changed': webhookMessage('application.status-changed', ApplicationStatusChanged),
  'application.message-received': webhookMessage('application.message-received', ApplicationMessageReceived),
} as const;
export type WebhookType = keyof typeof WEBHOOKS;
