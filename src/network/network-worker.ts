/** A worker thread of the network pool (network-pool.ts): runs one network task per message. */
import { runNetworkTask, type NetworkTask } from './network-tasks';

export default function networkWorker(task: NetworkTask): ReturnType<typeof runNetworkTask> {
  return runNetworkTask(task);
}
