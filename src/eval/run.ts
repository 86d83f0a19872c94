// Runs the pipeline over inputs and scores the result against an answer file.
import { readFile } from 'node:fs/promises';
import { processRaw } from '../pipeline.ts';
import { isReadError, readInputs } from '../read/index.ts';
import type { ExtractedDoc } from '../types.ts';
import { goldDocs, type ScoreResult, score } from './score.ts';

export interface EvalRun {
  result: ScoreResult;
  /** Inputs that could not be read or analysed, with the reason. */
  failures: { source: string; reason: string }[];
}

export async function evaluate(goldPath: string, inputs: string[]): Promise<EvalRun> {
  let gold: unknown;
  try {
    gold = JSON.parse(await readFile(goldPath, 'utf8'));
  } catch (e) {
    throw new Error(`${goldPath}: cannot read answer file: ${(e as Error).message}`);
  }
  const docs: ExtractedDoc[] = [];
  const failures: EvalRun['failures'] = [];
  for await (const item of readInputs(inputs)) {
    if (isReadError(item)) {
      failures.push(item);
      continue;
    }
    try {
      docs.push(processRaw(item));
    } catch (e) {
      failures.push({ source: item.source, reason: (e as Error).message });
    }
  }
  return { result: score(goldDocs(gold), docs), failures };
}
