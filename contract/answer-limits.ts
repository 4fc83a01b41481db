// Plain constants without TypeBox, so that the kit can import them without the schema library.

/** At most this many files go with one answer. */
export const MAX_ANSWER_FILES = 5;
/** The types a file sent with an answer may have: those of the application forms' file fields. */
export const ANSWER_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** The size each file of an answer may have at most (the server's MAX_ATTACHMENT_BYTES, by default). */
export const MAX_ANSWER_FILE_BYTES = 10 * 1024 * 1024;
