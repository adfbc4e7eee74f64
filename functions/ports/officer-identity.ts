/** A signed-in officer: who uploads and withdraws, as the ingest log and tombstones name them. */
export interface Officer {
  readonly name: string;
}

/** Says which officer a credential (a session cookie's or a bearer token's value) belongs to. */
export interface OfficerIdentity {
  /** The officer, or `undefined` for a credential that is wrong, expired or not an officer's. */
  identify(credential: string): Promise<Officer | undefined>;
}
