import { Type, type Static } from 'typebox';
import { PROBLEM_NAMES, PROBLEM_TYPE_PREFIX } from './problem-names.ts';

export const FieldError = Type.Object(
  {
    pointer: Type.String({ description: 'JSON Pointer (RFC 6901) into the submitted form data, e.g. "/hund/chipnummer".' }),
    code: Type.String({ description: 'What is wrong: required, pattern, format, minimum, type, file-type, file-name, …' }),
    detail: Type.String({ description: 'German explanation for people.' }),
  },
  { additionalProperties: false },
);
export type FieldError = Static<typeof FieldError>;

/** RFC 9457 problem details, as every error of the API is answered. */
export const ProblemDocument = Type.Object({
  type: Type.String({
    description: `Identifies the kind of problem: "${PROBLEM_TYPE_PREFIX}<name>", one of ${PROBLEM_NAMES.join(', ')}.`,
    examples: [`${PROBLEM_TYPE_PREFIX}invalid-data`],
  }),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  instance: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(FieldError)),
  onlineFrom: Type.Optional(Type.String({ format: 'date', description: 'not-offered-online: when the service goes online there.' })),
  requiredTrustLevel: Type.Optional(Type.String({ description: 'insufficient-trust-level: the level the service needs.' })),
});
export type ProblemDocument = Static<typeof ProblemDocument>;
