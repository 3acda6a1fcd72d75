// Setup of the Vitest run that StrykerJS makes (test/mutation/vitest.config.ts): one fixed seed for
// every property test, so that a mutant is killed (or not) the same way on every run and the
// committed incremental result stays valid. `npm test` keeps random seeds.
import fc from 'fast-check';

fc.configureGlobal({ seed: 20_261_130 });
