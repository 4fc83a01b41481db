import { Type, type Static } from 'typebox';

/** Kinds of local authority in Lower Saxony that take part. */
export const MunicipalityKind = Type.Union(
  [Type.Literal('Landkreis'), Type.Literal('Stadt'), Type.Literal('Gemeinde'), Type.Literal('Samtgemeinde')],
  { description: 'Kind of local authority.' },
);

export const OpeningHours = Type.Object(
  {
    days: Type.String({ description: 'Days, German, e.g. "Mo, Di, Do".', examples: ['Mo, Di, Do'] }),
    hours: Type.String({ description: 'Times, e.g. "08:00–12:30".', examples: ['08:00–12:30'] }),
  },
  { additionalProperties: false },
);

export const CitizenOffice = Type.Object(
  {
    name: Type.String({ description: 'Name of the Bürgerbüro.' }),
    street: Type.String(),
    postalCode: Type.String({ pattern: '^[0-9]{5}$' }),
    city: Type.String(),
    phone: Type.String({ description: 'Phone number in international format, e.g. +49 4242 164-0.' }),
    email: Type.String({ format: 'email' }),
    openingHours: Type.Array(OpeningHours),
  },
  { additionalProperties: false },
);

export const MunicipalityMember = Type.Object(
  {
    name: Type.String({ description: 'Name of the member Gemeinde, e.g. "Lemförde".' }),
    postalCodes: Type.Array(Type.String({ pattern: '^[0-9]{5}$' })),
  },
  { additionalProperties: false, description: 'A member Gemeinde of a Samtgemeinde.' },
);

export const MunicipalityVerified = Type.Object(
  {
    ars: Type.Boolean(),
    postalCodes: Type.Boolean(),
    members: Type.Optional(Type.Boolean({ description: 'Only for a Samtgemeinde.' })),
    office: Type.Boolean({ description: 'Address, phone and e-mail of the Bürgerbüro.' }),
    openingHours: Type.Boolean(),
    origins: Type.Boolean(),
  },
  {
    additionalProperties: false,
    description: 'Which groups of facts were confirmed against their official source; false means "not checked, may be wrong".',
  },
);

export const Municipality = Type.Object(
  {
    slug: Type.String({ pattern: '^[a-z0-9-]+$', description: 'Stable identifier used in every URL.' }),
    code: Type.String({ pattern: '^[A-Z]{2,4}$', description: 'Prefix of its reference numbers, e.g. SYK.' }),
    name: Type.String({ description: 'Display name, e.g. "Stadt Syke".' }),
    shortName: Type.String({ description: 'Name without the kind, e.g. "Syke".' }),
    kind: MunicipalityKind,
    ars: Type.String({
      pattern: '^[0-9]{5}([0-9]{4}([0-9]{3})?)?$',
      description: 'Amtlicher Regionalschlüssel: 5 digits for the Landkreis, 9 for a Samtgemeinde, 12 for a Stadt or Gemeinde.',
    }),
    postalCodes: Type.Array(Type.String({ pattern: '^[0-9]{5}$' }), {
      description: 'Postcodes of the area, so that a citizen can find their town by postcode.',
    }),
    members: Type.Optional(Type.Array(MunicipalityMember, { description: 'The member Gemeinden of a Samtgemeinde.' })),
    origins: Type.Array(Type.String({ format: 'uri' }), { description: 'Web origins of its own websites.' }),
    office: CitizenOffice,
    liveFrom: Type.Optional(
      Type.String({ format: 'date', description: 'Date its online services go live; absent: "später", no date yet (services in person).' }),
    ),
    live: Type.Boolean({ description: 'Whether liveFrom has been reached.' }),
    verified: MunicipalityVerified,
  },
  { additionalProperties: false },
);
export type Municipality = Static<typeof Municipality>;

export const TrustLevel = Type.Union([Type.Literal('none'), Type.Literal('niedrig'), Type.Literal('substantiell'), Type.Literal('hoch')], {
  description: 'eIDAS level of assurance the service needs; "none" allows anonymous applications.',
});
export type TrustLevel = Static<typeof TrustLevel>;

export const ResponsibleLevel = Type.Union([Type.Literal('gemeinde'), Type.Literal('landkreis')], {
  description: 'Who handles it: the town (gemeinde) or the county (landkreis).',
});

/** What the fee is, as a machine can read it: a fixed amount, an amount set case by case, or none. */
export const FeeAmount = Type.Union(
  [
    Type.Object(
      {
        kind: Type.Literal('betrag'),
        euro: Type.Number({ minimum: 0, description: 'The amount in euro for the usual case, e.g. 12 (for 12,00 €).' }),
        per: Type.Optional(Type.String({ description: 'What the amount is charged for, German, e.g. "Urkunde".' })),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('nach-aufwand') },
      { additionalProperties: false, description: 'Set case by case (range, statute, effort).' },
    ),
    Type.Object({ kind: Type.Literal('gebuehrenfrei') }, { additionalProperties: false, description: 'No fee for the service itself.' }),
  ],
  { description: 'The fee as a machine reads it; `text` is what a citizen reads.' },
);
export type FeeAmount = Static<typeof FeeAmount>;

export const Fee = Type.Object(
  {
    amount: FeeAmount,
    text: Type.String({ minLength: 1, description: 'The fee in German, as shown, e.g. "12,00 € je Urkunde" or "gebührenfrei".' }),
    legalBasis: Type.Optional(Type.String({ description: 'The statute or fee schedule, e.g. "Personalausweisgebührenverordnung".' })),
    payment: Type.Optional(Type.String({ description: 'How and when it is paid, German, e.g. "bei Abholung", "per Rechnung".' })),
    verified: Type.Boolean({ description: 'Whether amount and text were confirmed against the fee schedule in force.' }),
  },
  { additionalProperties: false },
);
export type Fee = Static<typeof Fee>;

export const Service = Type.Object(
  {
    key: Type.String({ pattern: '^99[0-9]{12}$', description: '14-digit LeiKa key.' }),
    name: Type.String(),
    summary: Type.String(),
    keywords: Type.Array(Type.String()),
    synonyms: Type.Array(Type.String()),
    category: Type.String({ description: 'Lebenslage, e.g. "Umzug und Wohnen".' }),
    level: ResponsibleLevel,
    trustLevel: TrustLevel,
    fee: Fee,
    documents: Type.Array(Type.String(), { description: 'Documents to bring or upload.' }),
  },
  { additionalProperties: false },
);
export type Service = Static<typeof Service>;

export const OfferingMode = Type.Union([Type.Literal('online'), Type.Literal('vor-ort')], {
  description: '"online": can be applied for online here; "vor-ort": only in person at the office.',
});
export type OfferingMode = Static<typeof OfferingMode>;

export const ServiceEntry = Type.Object(
  {
    ...Service.properties,
    mode: OfferingMode,
    responsible: Type.Object(
      { slug: Type.String(), name: Type.String() },
      { additionalProperties: false, description: 'The authority that handles the application (the town, or the county).' },
    ),
    onlineFrom: Type.Optional(
      Type.String({ format: 'date', description: 'Set when the service will be online once the responsible authority goes live.' }),
    ),
  },
  { additionalProperties: false },
);
export type ServiceEntry = Static<typeof ServiceEntry>;

export const ServiceList = Type.Object(
  {
    municipality: Type.String({ description: 'Slug of the municipality whose residents the list is for.' }),
    services: Type.Array(ServiceEntry),
  },
  { additionalProperties: false },
);
export type ServiceList = Static<typeof ServiceList>;
