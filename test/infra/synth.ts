import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildStacks } from '../../infra/stacks.ts';

/** The feature flags the CLI applies from cdk.json, so tests synthesise what `cdk deploy` would. */
export const cdkJsonContext = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

/**
 * The app as the CLI builds it, with the given context. Bundling is skipped (the bundle test
 * builds every function itself), which keeps a synth to a second or two.
 */
export const testApp = (context: Record<string, unknown> = {}) => {
  const app = new App({
    context: { ...cdkJsonContext, 'aws:cdk:bundling-stacks': [], stage: 'test', ...context },
  });
  const stacks = buildStacks(app);
  return { app, stacks };
};

export const synthesize = (context: Record<string, unknown> = {}) => {
  const { app, stacks } = testApp(context);
  return {
    app,
    stacks,
    data: Template.fromStack(stacks.data),
    service: Template.fromStack(stacks.service),
  };
};

export interface CfnResource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

export const resourcesOf = (template: Template, type: string): [string, CfnResource][] =>
  Object.entries(template.findResources(type) as Record<string, CfnResource>);

/**
 * An intrinsic as readable text: `{Ref: X}` → `<X>`, `{Fn::GetAtt: [X, A]}` → `<X.A>`,
 * `{Fn::ImportValue: n}` → `<import:n>`, `Fn::Join` joined. Lets a test match an ARN by eye.
 */
export const flatten = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(flatten).join(',');
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('Ref' in object) return `<${String(object.Ref)}>`;
    if ('Fn::GetAtt' in object) return `<${(object['Fn::GetAtt'] as string[]).join('.')}>`;
    if ('Fn::ImportValue' in object) return `<import:${flatten(object['Fn::ImportValue'])}>`;
    if ('Fn::Join' in object) {
      const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
      return parts.map(flatten).join(separator);
    }
  }
  return JSON.stringify(value);
};

/** The one resource of a type: its logical id and definition. */
export const onlyResource = (template: Template, type: string): [string, CfnResource] => {
  const found = resourcesOf(template, type);
  const [first] = found;
  if (found.length !== 1 || !first) throw new Error(`expected one ${type}, found ${found.length}`);
  return first;
};
