import { ERROR_CODES, type ErrorCode } from '../error-codes';

/**
 * What a NOT_FOUND error is about. The API names it in French in its message; the web app names it in the
 * interface language (`errors.notFound.<kind>`).
 */
export const ENTITY_KINDS = [
  'resource',
  'readingList',
  'readingListItem',
  'event',
  'member',
  'person',
  'organisation',
  'theme',
  'comment',
  'debrief',
  'job',
  'failedJob',
  'synonymGroup',
  'passwordResetLink',
  'invitation',
  'import',
  'file',
  'upload',
  'kit',
  'kitLoan',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const notFound = Object.fromEntries(ENTITY_KINDS.map((kind) => [`notFound.${kind}`, ERROR_CODES.notFound])) as {
  [K in EntityKind as `notFound.${K}`]: typeof ERROR_CODES.notFound;
};

/**
 * Stable reasons carried by GraphQL errors in `extensions.reason` (with `extensions.params`), each with the
 * `extensions.code` it comes with. The API writes the French message for API clients and logs; the web app
 * translates the reason (`errors.<reason>` in its texts) and falls back to the message for unknown reasons.
 *
 * Params: `badUserInput.nullCharacter`, `.illFormedText`, `.tooLong` → `where` (the variable's path; `.tooLong` also
 * `count`, the most characters); `notFound.*` → `key` (slug or id; absent for passwordResetLink and invitation);
 * `conflict.accountExists` → `email`; `conflict.duplicateUrl` → `title`, `slug` (the resource with that address);
 * `badUserInput.linkScheme` → `scheme`; `.linkPrivateAddress`, `unavailable.linkUnreachable` → `host`;
 * `.linkTooManyRedirects` → `count`; `.linkTooLarge` → `size` (« 2 Mo »); `unavailable.linkTimeout` → `count`
 * (seconds); `unavailable.linkStatus` → `status`; `notFound.doi`, `notFound.isbn` → `key`; `unavailable.lookup` →
 * `service`; `tooManyRequests.retryLater` → `count` (minutes); `.listReminded` → `count` (hours); `.contactLimit` → `count` (minutes), `hour`, `day` (the limits); `unavailable.pdfChromium` → `path`;
 * `conflict.kitBooked` → `period` (« 3 au 7 mars 2027 »); `conflict.kitLoanStatus` → `status` (French label);
 * `badUserInput.fileTooLarge` → `count` (MB); `.fileType` → `types`; `.fileIncomplete` → `count`; `.filePart` → `count`, `size`.
 */
export const ERROR_REASONS = {
  'badUserInput.invalid': ERROR_CODES.badUserInput,
  'badUserInput.nullCharacter': ERROR_CODES.badUserInput,
  'badUserInput.illFormedText': ERROR_CODES.badUserInput,
  'badUserInput.tooLong': ERROR_CODES.badUserInput,
  'badUserInput.importFormat': ERROR_CODES.badUserInput,
  'badUserInput.importTooLarge': ERROR_CODES.badUserInput,
  'badUserInput.importTooManyRecords': ERROR_CODES.badUserInput,
  'badUserInput.importEmpty': ERROR_CODES.badUserInput,
  'badUserInput.linkInvalid': ERROR_CODES.badUserInput,
  'badUserInput.linkScheme': ERROR_CODES.badUserInput,
  'badUserInput.linkPrivateAddress': ERROR_CODES.badUserInput,
  'badUserInput.linkTooManyRedirects': ERROR_CODES.badUserInput,
  'badUserInput.linkTooLarge': ERROR_CODES.badUserInput,
  'badUserInput.isbnChecksum': ERROR_CODES.badUserInput,
  'badUserInput.fileTooLarge': ERROR_CODES.badUserInput,
  'badUserInput.fileType': ERROR_CODES.badUserInput,
  'badUserInput.fileIncomplete': ERROR_CODES.badUserInput,
  'badUserInput.filePart': ERROR_CODES.badUserInput,
  'badUserInput.fileFormat': ERROR_CODES.badUserInput,
  ...notFound,
  'forbidden.default': ERROR_CODES.forbidden,
  'forbidden.adminOnly': ERROR_CODES.forbidden,
  'forbidden.debriefEditor': ERROR_CODES.forbidden,
  'forbidden.vocabularyAdmin': ERROR_CODES.forbidden,
  'forbidden.eventEditor': ERROR_CODES.forbidden,
  'forbidden.resourceEditor': ERROR_CODES.forbidden,
  'forbidden.commentAuthor': ERROR_CODES.forbidden,
  'forbidden.reportOwnComment': ERROR_CODES.forbidden,
  'forbidden.moderator': ERROR_CODES.forbidden,
  'forbidden.devMailbox': ERROR_CODES.forbidden,
  'forbidden.inviteRole': ERROR_CODES.forbidden,
  'forbidden.ownAdminRole': ERROR_CODES.forbidden,
  'forbidden.ownDeactivation': ERROR_CODES.forbidden,
  'forbidden.lastAdmin': ERROR_CODES.forbidden,
  'forbidden.listEditor': ERROR_CODES.forbidden,
  'forbidden.listCurator': ERROR_CODES.forbidden,
  'forbidden.themeManager': ERROR_CODES.forbidden,
  'forbidden.importer': ERROR_CODES.forbidden,
  'forbidden.kitManager': ERROR_CODES.forbidden,
  'forbidden.notContactable': ERROR_CODES.forbidden,
  'forbidden.reportReader': ERROR_CODES.forbidden,
  'unauthenticated.signInRequired': ERROR_CODES.unauthenticated,
  'unauthenticated.badCredentials': ERROR_CODES.unauthenticated,
  'unauthenticated.deactivated': ERROR_CODES.unauthenticated,
  'conflict.listChanged': ERROR_CODES.conflict,
  'conflict.accountExists': ERROR_CODES.conflict,
  'conflict.importStarted': ERROR_CODES.conflict,
  'conflict.duplicateUrl': ERROR_CODES.conflict,
  'conflict.kitBooked': ERROR_CODES.conflict,
  'conflict.kitLoanStatus': ERROR_CODES.conflict,
  'tooManyRequests.retryLater': ERROR_CODES.tooManyRequests,
  'tooManyRequests.listReminded': ERROR_CODES.tooManyRequests,
  'tooManyRequests.contactLimit': ERROR_CODES.tooManyRequests,
  'notFound.exportFormat': ERROR_CODES.notFound,
  'notFound.feedAddress': ERROR_CODES.notFound,
  'notFound.calendarAddress': ERROR_CODES.notFound,
  'notFound.reportShareLink': ERROR_CODES.notFound,
  'notFound.doi': ERROR_CODES.notFound,
  'notFound.isbn': ERROR_CODES.notFound,
  'unavailable.search': ERROR_CODES.unavailable,
  'unavailable.pdfChromium': ERROR_CODES.unavailable,
  'unavailable.pdfBusy': ERROR_CODES.unavailable,
  'unavailable.linkTimeout': ERROR_CODES.unavailable,
  'unavailable.linkUnreachable': ERROR_CODES.unavailable,
  'unavailable.linkStatus': ERROR_CODES.unavailable,
  'unavailable.lookup': ERROR_CODES.unavailable,
  'internal.unexpected': ERROR_CODES.internal,
} as const satisfies Record<string, ErrorCode>;

export type ErrorReason = keyof typeof ERROR_REASONS;

/** Every reason, for tests that check each has its texts. */
export const ERROR_REASON_LIST = Object.keys(ERROR_REASONS) as ErrorReason[];

/** Values interpolated into a reason's message (`{{key}}`, `{{count}}`…). */
export type ErrorParams = Record<string, string | number>;

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_REASONS, value);
}
