// The server's words load after the host's start (electron/api/shared/zh-words.ts): the host loads
// them in the background half a second after it listens, the router before any write or failure, a
// job's worker before its work. Tests that call an area's functions directly (a sheet read refused
// with its Chinese message) run as the host does once started: with the words loaded.
// tests/api/areas.test.ts starts from fresh modules to check the start without them.
import { loadZhWords } from '../electron/api/shared/zh-words';

await loadZhWords();
