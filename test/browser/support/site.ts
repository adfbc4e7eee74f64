import { access, constants } from 'node:fs/promises';

/** One kind of page, at an address on the browsed site that shows it. */
export interface PageType {
  /** What the page is, as a person would say it ("paper version"). */
  readonly name: string;
  /** Its path (and query) on the site. */
  readonly path: string;
  /** The HTTP status it answers with. */
  readonly status: number;
  /** Who must be signed in to see it (officer and auditor pages); public when absent. */
  readonly signIn?: 'officer' | 'auditor';
}

/** What the browser tests are given: the local stack they browse and the browser to use. */
export interface BrowsedSite {
  readonly apiUrl: string;
  /** The running Chromium, shared by every test file of the run (Playwright's protocol). */
  readonly wsEndpoint: string;
  readonly s3Endpoint: string;
  readonly uploadBucket: string;
  readonly auditToken: string;
  /** The token officers sign in to the upload page with. */
  readonly officerToken: string;
  /** Every kind of public page, at an address resolved from the seeds' data. */
  readonly pages: readonly PageType[];
  /** The exempt paper ingested for the run, and sentences of its text no public page may show. */
  readonly exempt: { readonly id: string; readonly sentences: readonly string[] };
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: BrowsedSite;
  }
}

/** The environment variable naming the Chromium binary, and where Debian's package puts it. */
export const chromiumVariable = 'CHROMIUM_PATH';
export const defaultChromium = '/usr/bin/chromium';

/** Thrown when there is no Chromium to drive: says how to get one, as the tests do not skip. */
export class ChromiumMissingError extends Error {
  constructor(path: string, options?: ErrorOptions) {
    super(
      `The browser tests need Chromium and found none at ${path}. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (Debian or Ubuntu, as root; `.ci/run` does this), ' +
        `or set ${chromiumVariable} to a Chromium or Chrome binary. The browser tests are never skipped.`,
      options,
    );
    this.name = 'ChromiumMissingError';
  }
}

/** The Chromium binary to drive: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; it must run. */
export const chromiumPath = async (env: NodeJS.ProcessEnv = process.env): Promise<string> => {
  const path = env[chromiumVariable] || defaultChromium;
  try {
    await access(path, constants.X_OK);
  } catch (error) {
    throw new ChromiumMissingError(path, { cause: error });
  }
  return path;
};

/** The session cookie a person gets by signing in with a token (as the sign-in form sets it). */
export const sessionCookie = (apiUrl: string, token: string) => ({
  name: 'council-session',
  value: token,
  url: apiUrl,
  httpOnly: true,
  sameSite: 'Strict' as const,
});
