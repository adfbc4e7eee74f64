/**
 * One error hierarchy for the whole system. Domain errors say what went wrong and where; the HTTP layer
 * maps them to problem details, and only client errors (4xx) expose their message to callers.
 */
export class CouncilPapersError extends Error {
  override readonly name: string = 'CouncilPapersError';
}

/** A request the caller can fix: bad parameters, unknown cursor. */
export class InvalidRequestError extends CouncilPapersError {
  override readonly name = 'InvalidRequestError';
  constructor(
    message: string,
    readonly problems: readonly { readonly where: string; readonly message: string }[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export class NotFoundError extends CouncilPapersError {
  override readonly name = 'NotFoundError';
}

/** Content that exists but is not public: an exempt paper's text, extraction and original. */
export class WithheldError extends CouncilPapersError {
  override readonly name = 'WithheldError';
}

/**
 * Content taken down after publication (personal data published in error): gone from the public
 * routes for good (410), while its history, metadata and the auditors' access remain.
 */
export class TakenDownError extends CouncilPapersError {
  override readonly name = 'TakenDownError';
}

/** The CDN in front of the API did not accept a request to drop its cached copies of some paths. */
export class CacheInvalidationError extends CouncilPapersError {
  override readonly name = 'CacheInvalidationError';
}

/** None of the representations a resource has is acceptable to the client (406). */
export class NotAcceptableError extends CouncilPapersError {
  override readonly name = 'NotAcceptableError';
}

/**
 * The service cannot answer this request now (it ran out of its time budget): the caller may try
 * again after `retryAfterSeconds` (503 with `Retry-After`).
 */
export class ServiceUnavailableError extends CouncilPapersError {
  override readonly name = 'ServiceUnavailableError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A request that may not be made here, whoever makes it (audit routes without IAM). */
export class ForbiddenError extends CouncilPapersError {
  override readonly name = 'ForbiddenError';
}

/** A request that needs credentials it did not carry (audit routes). */
export class UnauthorizedError extends CouncilPapersError {
  override readonly name = 'UnauthorizedError';
}

/**
 * An upload that cannot be accepted. It is not retried: the same bytes would be rejected again.
 * `reasons` are the individual findings, each naming the place it concerns.
 */
export class UploadRejectedError extends CouncilPapersError {
  override readonly name = 'UploadRejectedError';
  constructor(
    readonly code: RejectionCode,
    message: string,
    options?: ErrorOptions & { readonly reportKey?: string },
  ) {
    super(message, options);
    this.reportKey = options?.reportKey;
  }

  /** Where the full validation report of a rejected dataset is archived. */
  readonly reportKey: string | undefined;
}

export type RejectionCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'undecodable-text'
  | 'unreadable-document'
  | 'no-text-layer'
  | 'scan-too-long'
  | 'invalid-dataset'
  | 'invalid-id'
  | 'invalid-record'
  /** A reader or extractor failed on the file in a way it has no words for (see `reading`). */
  | 'reader-failed'
  /** The id belongs to a record published from another key, and the upload does not replace it. */
  | 'id-taken'
  /** The id is a record published with a paper (one of its table datasets). */
  | 'derived-record'
  /** `x-amz-meta-replaces` names no record, or another id than the upload's own. */
  | 'invalid-replaces';
