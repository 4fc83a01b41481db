import type { statusTracker as de } from '../de/status-tracker.ts';

export const statusTracker: typeof de = {
  myApplications: 'My applications',
  empty: 'You have not made any applications yet.',
  lookupHeading: 'Check the status of your application',
  lookupIntro: 'Did you apply without signing in? You will find the reference number and access code on your receipt.',
  reference: 'Reference number',
  referenceHint: 'Shown at the top of your receipt, for example SYK-2026-000123.',
  accessCode: 'Access code',
  accessCodeHint: 'Shown on your receipt below the reference number, for example K7QM-3XPA-R9TD. Upper or lower case does not matter.',
  show: 'Show status',
  referenceMissing: 'Please enter the reference number.',
  referenceMalformed:
    'The reference number is not in the right form. It consists of a short code, the year and six digits, for example SYK-2026-000123.',
  accessCodeMissing: 'Please enter the access code.',
  notFound: 'We found no application with this reference number and access code. Please check both against your receipt.',
  municipality: 'Municipality',
  currentStatus: 'Current status',
  timeline: 'History',
  message: 'Message from the office:',
  announce: (reference: string, status: string) => `Application ${reference}: ${status}`,
  announceWithMessage: (reference: string, status: string, message: string) =>
    `Application ${reference}: ${status}. Message from the office: ${message}`,
  dataDeleted: (date: string) => `Data deleted on ${date}`,
  dataDeletedExplanation: 'The retention period has ended: details, attachments and messages were deleted. Only the history remains.',
};
