import { App, Tags } from 'aws-cdk-lib';
import { checkWithNag } from './nag.ts';
import { buildStacks } from './stacks.ts';

const app = new App();
const stacks = buildStacks(app);
Tags.of(app).add('project', 'council-papers');
Tags.of(app).add('stage', stacks.config.stage);
// cdk-nag AwsSolutions on every synth: an unacknowledged finding fails `npm run synth`.
checkWithNag(app, stacks);
app.synth();
