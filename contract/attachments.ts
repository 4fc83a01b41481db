/**
 * What the county accepts as an uploaded document: the same list decides the form's `accept`, the kit's check
 * before upload, the server's check of the file's content, and the names citizens read in error messages.
 */
export const FILE_KINDS = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const;
export type FileKind = keyof typeof FILE_KINDS;

export const ACCEPTED_TYPES = Object.values(FILE_KINDS);
export type AcceptedType = (typeof FILE_KINDS)[FileKind];

/** How citizens know the types: "PDF, JPG oder PNG". */
export const TYPE_NAMES: Record<AcceptedType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };

/** A form field's default limit; MAX_ATTACHMENT_BYTES may lower the server's overall one. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
