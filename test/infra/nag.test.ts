import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { acknowledgements, checkWithNag } from '../../infra/nag.ts';
import { testApp } from './synth.ts';

/** Synthesises, returning each finding the validation report lists: construct path and rule id. */
const findingsOf = (app: ReturnType<typeof testApp>['app']) => {
  try {
    app.synth();
    return [];
  } catch (error) {
    return [...String(error).matchAll(/^\s+(\S+) \S+\s*\n\s+Acknowledge with '([^']+)'/gm)].map(
      ([, path = '', id = '']) => ({ path, id }),
    );
  }
};

describe('cdk-nag AwsSolutions checks', () => {
  it('pass with zero unacknowledged findings', () => {
    const { app, stacks } = testApp();
    checkWithNag(app, stacks);
    expect(() => app.synth()).not.toThrow();
  });

  it('have no stale acknowledgement: each one matches a finding under its own construct', () => {
    const { app, stacks } = testApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    const findings = findingsOf(app);
    expect(findings.length).toBeGreaterThan(0);
    for (const { scope, id } of acknowledgements(stacks)) {
      const under = findings.filter(
        (finding) => finding.id === id && finding.path.startsWith(`${scope.node.path}/`),
      );
      expect(under.length, `${scope.node.path} ${id}`).toBeGreaterThan(0);
    }
  });

  it('acknowledge only the expected rules', () => {
    const { stacks } = testApp();
    const rules = new Set(
      acknowledgements(stacks).map(({ id }) => /AwsSolutions-(\w+)/.exec(id)?.[1]),
    );
    expect([...rules].sort()).toEqual(['APIG4', 'CFR1', 'CFR2', 'CFR4', 'COG8', 'IAM4', 'IAM5']);
  });

  it('acknowledge "*" only for X-Ray and object wildcards only under fixed prefixes', () => {
    const { stacks } = testApp();
    for (const { id } of acknowledgements(stacks).filter((a) => a.id.includes('IAM5'))) {
      expect(id).toMatch(
        /IAM5\[Resource::(\*|arn:<AWS::Partition>:s3:::council-papers-test-(uploads|archive)-<AWS::AccountId>-<AWS::Region>\/(uploads\/(papers|datasets)|search\/v1|\w+\/sha256)\/\*|arn:<AWS::Partition>:execute-api:.*\/\$default\/\*\/v1\/audit(\/\*)?)\]$/,
      );
    }
  });

  it('fail the synth when an acknowledgement is taken away, so the check itself works', () => {
    const { app, stacks } = testApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    const withoutApig4 = acknowledgements(stacks).filter(({ id }) => !id.endsWith('APIG4'));
    for (const { scope, id, reason } of withoutApig4)
      Validations.of(scope).acknowledge({ id, reason });
    // The $default route and each officer route (GET and POST of six paths) lose theirs.
    expect(findingsOf(app).map(({ id }) => id)).toEqual(
      Array(13).fill('AwsSolutions::AwsSolutions-APIG4'),
    );
  });

  it('give each acknowledgement a written reason', () => {
    const { stacks } = testApp();
    for (const acknowledgement of acknowledgements(stacks))
      expect(acknowledgement.reason.length, acknowledgement.id).toBeGreaterThan(60);
  });
});
