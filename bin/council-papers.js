#!/usr/bin/env node
// Runs the TypeScript CLI in place (no build step), so `npx council-papers` works in a fresh clone.
import { register } from 'tsx/esm/api';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
await import('../functions/cli/main.ts');
