// Preloaded into Baken's processes when BENCH_ALERT_PROFILE names a folder (see alert-servers.ts):
// a V8 CPU profile of the whole run, written as <pid>.cpuprofile when the process exits. Node
// refuses --cpu-prof in NODE_OPTIONS, and the server is started with fixed arguments.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const folder = process.env.BENCH_ALERT_PROFILE ?? '.';
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 500 });
session.post('Profiler.start');
// An in-process inspector session answers synchronously, so this works in an exit handler.
process.once('exit', () => {
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(`${folder}/${process.pid}.cpuprofile`, JSON.stringify(result.profile));
  });
});
