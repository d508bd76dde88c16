import { EventEmitter } from 'node:events';

/** A WebContents stand-in that records handlers the way Electron calls them. */
export class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  permissionHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
  mainFrame = { url: '' };
  session = {
    setPermissionRequestHandler: (h: FakeContents['permissionHandler']) => {
      this.permissionHandler = h;
    },
  };
  setWindowOpenHandler(h: FakeContents['openHandler']): void {
    this.openHandler = h;
  }
  /** Emit like Electron: returns whether some listener called preventDefault. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}
