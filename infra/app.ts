import { App, Tags } from 'aws-cdk-lib';
import { buildStacks } from './stacks.ts';

const app = new App();
buildStacks(app);
Tags.of(app).add('project', 'council-papers');
app.synth();
