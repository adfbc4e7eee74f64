import { describe, expect, it } from 'vitest';
import { CognitoIdentity } from '../../../functions/adapters/identity/cognito-identity.ts';

describe('CognitoIdentity', () => {
  it('identifies no officer from a credential that is not a token (no network)', async () => {
    // Prepare
    const identity = new CognitoIdentity('eu-west-2_Example1', 'client-id');

    // Act
    const officer = await identity.identify('not-a-jwt');

    // Assess
    expect(officer).toBeUndefined();
  });
});
