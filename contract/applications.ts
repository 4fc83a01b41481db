import { Type, type Static } from 'typebox';

export const STATUSES = ['eingegangen', 'in-bearbeitung', 'rueckfrage', 'abgeschlossen', 'abgelehnt'] as const;
export const Status = Type.Union(
  [
    Type.Literal('eingegangen'),
    Type.Literal('in-bearbeitung'),
    Type.Literal('rueckfrage'),
    Type.Literal('abgeschlossen'),
    Type.Literal('abgelehnt'),
  ],
  {
    description: 'eingegangen → in-bearbeitung ⇄ rueckfrage → abgeschlossen | abgelehnt',
  },
);
export type Status = Static<typeof Status>;

export const AttachmentInfo = Type.Object(
  {
    id: Type.String(),
    pointer: Type.String({ description: 'Where in the form data the file belongs.' }),
    name: Type.String(),
    type: Type.String(),
    size: Type.Integer(),
  },
  { additionalProperties: false },
);
export type AttachmentInfo = Static<typeof AttachmentInfo>;

/** The citizen's answer to a Rückfrage: its text and the files sent with it. */
export const Answer = Type.Object(
  {
    text: Type.String(),
    attachments: Type.Array(AttachmentInfo),
  },
  { additionalProperties: false },
);
export type Answer = Static<typeof Answer>;

export const TimelineEntry = Type.Object(
  {
    id: Type.Integer({ description: 'Increases with every entry; also the SSE event id.' }),
    status: Status,
    message: Type.Optional(Type.String({ description: 'Message of the office to the citizen (always set for rueckfrage).' })),
    answer: Type.Optional(
      Type.Object(Answer.properties, {
        additionalProperties: false,
        description: 'Set on the citizen\'s answer to a Rückfrage ("Ihre Antwort"); `status` is then the unchanged current status.',
      }),
    ),
    at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type TimelineEntry = Static<typeof TimelineEntry>;

export const SubmissionEnvelope = Type.Object(
  {
    municipality: Type.String({ description: 'Slug of the municipality whose website the citizen used.' }),
    service: Type.String({ description: 'LeiKa key of the service.' }),
    data: Type.Record(Type.String(), Type.Unknown(), { description: "The form data, valid against the service's form schema." }),
    language: Type.Optional(
      Type.Union([Type.Literal('de'), Type.Literal('en')], {
        description: 'The language the citizen used; mails are written in it. Default de.',
      }),
    ),
    statusMail: Type.Optional(Type.Boolean({ description: 'false: no e-mail on status changes of this application (default true).' })),
  },
  { additionalProperties: false },
);
export type SubmissionEnvelope = Static<typeof SubmissionEnvelope>;

export const Receipt = Type.Object(
  {
    reference: Type.String({ examples: ['SYK-2026-000123'] }),
    status: Status,
    createdAt: Type.String({ format: 'date-time' }),
    municipality: Type.Object({ slug: Type.String(), name: Type.String() }),
    service: Type.Object({ key: Type.String(), name: Type.String() }),
    formVersion: Type.Integer(),
    accessCode: Type.Optional(Type.String({ description: 'Only for anonymous applications: with the reference it opens the status.' })),
    nextSteps: Type.String(),
  },
  { additionalProperties: false },
);
export type Receipt = Static<typeof Receipt>;

export const ApplicationView = Type.Object(
  {
    reference: Type.String(),
    status: Status,
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    municipality: Type.Object({ slug: Type.String(), name: Type.String() }),
    service: Type.Object({ key: Type.String(), name: Type.String() }),
    formVersion: Type.Integer(),
    timeline: Type.Array(TimelineEntry),
    data: Type.Record(Type.String(), Type.Unknown()),
    attachments: Type.Array(AttachmentInfo),
    statusMail: Type.Optional(
      Type.Boolean({
        description:
          'Whether each status change is mailed to the e-mail address given in the form (set with PUT …/status-mail). ' +
          'Absent where nothing can be mailed: no mail configured, no address in the form, or the data deleted.',
      }),
    ),
    dataDeletedAt: Type.Optional(
      Type.String({
        format: 'date-time',
        description: 'When the deletion period ran out and the data, attachments and messages were deleted; only the record stays.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ApplicationView = Static<typeof ApplicationView>;

export const StatusChange = Type.Object(
  {
    status: Type.Union([
      Type.Literal('in-bearbeitung'),
      Type.Literal('rueckfrage'),
      Type.Literal('abgeschlossen'),
      Type.Literal('abgelehnt'),
    ]),
    // Multi-line (the text policy keeps its line breaks), like a form's textarea.
    message: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, 'x-widget': 'textarea' })),
  },
  { additionalProperties: false },
);
export type StatusChange = Static<typeof StatusChange>;

/** What the live status stream sends as `data:` of each `event: status`. */
export const StatusEvent = Type.Object({ reference: Type.String(), entry: TimelineEntry });
export type StatusEvent = Static<typeof StatusEvent>;

/** The citizen's answer to a Rückfrage, as JSON; with files as multipart/form-data (part "answer" plus "file" parts). */
export const AnswerRequest = Type.Object(
  {
    // Multi-line, as a form's textarea.
    text: Type.String({ maxLength: 5000, 'x-widget': 'textarea', description: "The answer to the office's question." }),
  },
  { additionalProperties: false },
);
export type AnswerRequest = Static<typeof AnswerRequest>;

/** Whether the citizen gets an e-mail on each status change of this application. */
export const StatusMailPreference = Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false });
export type StatusMailPreference = Static<typeof StatusMailPreference>;
