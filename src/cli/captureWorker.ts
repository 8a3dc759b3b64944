/** The pool's worker (piscina): each task is one input, answered with its serialised record. */
import { captureTask, type CaptureTask } from './task';

export default function run(task: CaptureTask) {
  return captureTask(task);
}
