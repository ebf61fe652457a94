/** The content gate's full check, on its own thread (see content-gate.ts): reads the content and posts back its problems. */
import { parentPort, workerData } from 'node:worker_threads';
import { readContent } from '../lib/content/files.ts';
import { validateContent } from '../lib/content/validate.ts';

export interface GateRequest {
  root: string;
  today: string;
}

const { root, today } = workerData as GateRequest;
parentPort!.postMessage(validateContent(readContent(root), { today }).problems);
