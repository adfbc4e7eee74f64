import { describe, expect, it } from 'vitest';
import { publicBaseUrl } from '../../../functions/http/base-url.ts';

const event = (headers: Record<string, string>) =>
  ({ headers, requestContext: { domainName: 'api.example.org' } }) as never;

describe('the public base URL', () => {
  it('is plain HTTP on a loopback address, which the local stack serves', () => {
    // Act
    const base = publicBaseUrl(event({ host: '127.0.0.1:3000' }), undefined);

    // Assess
    expect(base).toBe('http://127.0.0.1:3000');
  });

  it('takes the scheme a proxy forwards', () => {
    // Act
    const base = publicBaseUrl(
      event({ host: 'localhost:3000', 'x-forwarded-proto': 'https, http' }),
      undefined,
    );

    // Assess
    expect(base).toBe('https://localhost:3000');
  });

  it('is HTTPS on any other host, as API Gateway serves nothing else', () => {
    // Act
    const base = publicBaseUrl(
      event({ host: 'abc.execute-api.eu-west-2.amazonaws.com' }),
      undefined,
    );

    // Assess
    expect(base).toBe('https://abc.execute-api.eu-west-2.amazonaws.com');
  });

  it('is the configured address when there is one', () => {
    // Act
    const base = publicBaseUrl(event({ host: '127.0.0.1:3000' }), 'https://papers.example.org/');

    // Assess
    expect(base).toBe('https://papers.example.org');
  });
});
