import { contextBridge, ipcRenderer } from 'electron';

/** The renderer's only door: one method, one channel, into the router. */
contextBridge.exposeInMainWorld('api', {
  invoke: (
    method: string,
    input: unknown,
    meta?: { operatorId?: number | null; session?: string | null; jobId?: string | null },
  ) => ipcRenderer.invoke('gatepost:invoke', method, input, meta ?? {}),
});
