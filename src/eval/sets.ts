// The answer sets the quality gate measures: the shared samples and development articles beside the project.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const shared = new URL('../../../shared/', import.meta.url).pathname;

export interface AnswerSet {
  name: string;
  gold: string;
  inputs: string[];
}

export function answerSets(): AnswerSet[] {
  const sets: AnswerSet[] = [
    { name: 'seeds', gold: join(shared, 'eval/seeds.gold.json'), inputs: [join(shared, 'samples/seeds')] },
    { name: 'dev', gold: join(shared, 'eval/dev.gold.json'), inputs: [join(shared, 'eval/dev')] },
  ];
  return sets.filter((s) => existsSync(s.gold) && s.inputs.every((i) => existsSync(i)));
}
