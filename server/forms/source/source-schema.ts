import { Type, type Static } from 'typebox';

/**
 * The shape of the form files in catalogue/forms and the building blocks in catalogue/blocks, as the county's
 * editors write them (documented in catalogue/README.md). Nested field lists are checked field by field as the
 * compiler walks them, so that every problem is reported at its own place.
 */

export const FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'email',
  'phone',
  'postcode',
  'iban',
  'integer',
  'number',
  'choice',
  'yes-no',
  'checkbox',
  'consent',
  'file',
  'group',
  'repeat',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const Value = Type.Union([Type.String(), Type.Number(), Type.Boolean()]);

export const FieldSource = Type.Object(
  {
    type: Type.Optional(Type.Enum(FIELD_TYPES)),
    /** A building block of catalogue/blocks: the field is that block's group (or, with type repeat, a list of it). */
    block: Type.Optional(Type.String({ minLength: 1 })),
    label: Type.Optional(Type.String({ minLength: 1 })),
    help: Type.Optional(Type.String({ minLength: 1 })),
    required: Type.Optional(Type.Boolean()),
    /** Shown (and checked) only while a sibling field has one of these values. */
    when: Type.Optional(
      Type.Object(
        { field: Type.String({ minLength: 1 }), equals: Type.Union([Value, Type.Array(Value, { minItems: 1 })]) },
        { additionalProperties: false },
      ),
    ),
    minLength: Type.Optional(Type.Integer({ minimum: 0 })),
    maxLength: Type.Optional(Type.Integer({ minimum: 1 })),
    pattern: Type.Optional(Type.String({ minLength: 1 })),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    /** Choices: value → label, in display order. */
    options: Type.Optional(Type.Record(Type.String(), Type.String({ minLength: 1 }))),
    widget: Type.Optional(Type.Union([Type.Literal('radio'), Type.Literal('select')])),
    accept: Type.Optional(Type.Array(Type.Enum(['pdf', 'jpeg', 'png'] as const), { minItems: 1 })),
    maxBytes: Type.Optional(Type.Integer({ minimum: 1 })),
    default: Type.Optional(Value),
    /** A sample value; required where a pattern is given, so that editors, vendors and tests see a valid one. */
    example: Type.Optional(Value),
    /** An OpenID Connect claim that fills the field for a signed-in citizen, e.g. "address.postal_code". */
    prefill: Type.Optional(Type.String({ minLength: 1 })),
    /** HTML autocomplete token. */
    autocomplete: Type.Optional(Type.String({ minLength: 1 })),
    /** A prefilled value from the account may not be changed (for a block: all its prefilled fields). */
    locked: Type.Optional(Type.Boolean()),
    /** Block use: the block describes the signed-in citizen, so its fields are prefilled from the account. */
    fromAccount: Type.Optional(Type.Boolean()),
    /** Block use: only these of the block's fields, in the block's order. */
    only: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
    /** Block use: these fields are required instead of the block's own choice. */
    requiredFields: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    /** Groups and repeating groups: their fields, in display order. */
    fields: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    itemLabel: Type.Optional(Type.String({ minLength: 1 })),
    addLabel: Type.Optional(Type.String({ minLength: 1 })),
    minItems: Type.Optional(Type.Integer({ minimum: 0 })),
    maxItems: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type FieldSource = Static<typeof FieldSource>;

export const StepSource = Type.Object(
  {
    title: Type.String({ minLength: 1 }),
    help: Type.Optional(Type.String({ minLength: 1 })),
    fields: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
);
export type StepSource = Static<typeof StepSource>;

export const FormFileSource = Type.Object(
  {
    /** LeiKa key of the service; it must be in the catalogue. */
    service: Type.String({ pattern: '^99[0-9]{12}$' }),
    title: Type.String({ minLength: 1 }),
    /** Shown on the receipt: what happens next. */
    nextSteps: Type.String({ minLength: 1 }),
    /**
     * Whether the office has confirmed what `nextSteps` tells the citizen (how long it takes, where to go): false
     * until it has, so that no promise to citizens is made up unnoticed.
     */
    verified: Type.Object({ nextSteps: Type.Boolean() }, { additionalProperties: false }),
    steps: Type.Record(Type.String(), Type.Unknown(), { minProperties: 1 }),
  },
  { additionalProperties: false },
);
export type FormFileSource = Static<typeof FormFileSource>;

export const BlockFileSource = Type.Object(
  {
    block: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    title: Type.String({ minLength: 1 }),
    help: Type.Optional(Type.String({ minLength: 1 })),
    /** The FIM data-field group this block is shaped after (FIM Baukasten), and whether that was checked. */
    fim: Type.Object(
      { name: Type.String({ minLength: 1 }), id: Type.Optional(Type.String()), verified: Type.Boolean() },
      { additionalProperties: false },
    ),
    fields: Type.Record(Type.String(), Type.Unknown(), { minProperties: 1 }),
  },
  { additionalProperties: false },
);
export type BlockFileSource = Static<typeof BlockFileSource>;
