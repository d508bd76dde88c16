import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { outboxFor } from '../../electron/api/shared/outbox';
import { INVOKE_CHANNEL, PRINT_METHOD, registerIpc, SAVE_METHOD } from '../../electron/main/ipc';
import { APP_URL } from '../../electron/main/protocol';
import { FIXED_NOW, freshDb, PROFILE, tempDir } from '../api/helpers';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const OWN = APP_URL;

function setup() {
  const { db } = freshDb();
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (ch: string, fn: Listener) => handlers.set(ch, fn) } as unknown as IpcMain;
  const mainFrame = { url: `${OWN}#/overview` };
  const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.4'));
  const contents = { mainFrame, printToPDF } as unknown as WebContents;
  const dialog = {
    showSaveDialog: vi.fn(async (_o: unknown) => ({ canceled: true, filePath: '' })),
  };
  registerIpc({
    ipcMain,
    dialog,
    db,
    host: { now: () => FIXED_NOW, paths: { db: ':memory:' } },
    ownUrl: OWN,
    mainContents: () => contents,
  });
  const invoke = handlers.get(INVOKE_CHANNEL);
  if (!invoke) throw new Error('no handler');
  const event = (over: Partial<{ sender: unknown; senderFrame: unknown }> = {}) =>
    ({ sender: contents, senderFrame: mainFrame, ...over }) as unknown as IpcMainInvokeEvent;
  return { handlers, invoke, event, dialog, db, printToPDF, mainFrame };
}

describe('IPC wiring', () => {
  it('registers one channel into the router', async () => {
    const { handlers, invoke, event } = setup();
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    expect(await invoke(event(), 'compound.get', {}, {})).toMatchObject({
      ok: true,
      value: { feverThreshold: 37.3 },
    });
    expect(await invoke(event(), 'nope.nope', {}, {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('passes the operator on duty to the router', async () => {
    const { invoke, event, db } = setup();
    const added = (await invoke(
      event(),
      'team.save',
      { name: '符海燕', role: 'community_doctor', canOperate: true },
      {},
    )) as {
      value: { id: number };
    };
    const r = await invoke(event(), 'compound.update', PROFILE, { operatorId: added.value.id });
    expect(r).toMatchObject({ ok: true });
    expect(
      db.$client.prepare("SELECT operator_name FROM audit_log WHERE method = 'compound.update'").get(),
    ).toEqual({
      operator_name: '符海燕',
    });
  });

  it('passes the sign-in session: a member with a PIN is on duty only with it', async () => {
    const { invoke, event } = setup();
    const added = (await invoke(
      event(),
      'team.save',
      { name: '符海燕', role: 'community_doctor', canOperate: true },
      {},
    )) as { value: { id: number } };
    const id = added.value.id;
    const set = (await invoke(
      event(),
      'team.setPin',
      { memberId: id, newPin: '2468' },
      { operatorId: id },
    )) as {
      value: { token: string };
    };
    expect(await invoke(event(), 'compound.update', PROFILE, { operatorId: id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await invoke(event(), 'compound.update', PROFILE, { operatorId: id, session: `${set.value.token} ` }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await invoke(event(), 'compound.update', PROFILE, { operatorId: id, session: set.value.token }),
    ).toMatchObject({ ok: true });
  });

  it('refuses calls from another page, a subframe or another webContents', async () => {
    const { invoke, event } = setup();
    const forbidden = {
      ok: false,
      error: { code: 'FORBIDDEN', message: '拒绝来自非本应用页面的请求', reason: { code: 'foreign_frame' } },
    };
    expect(
      await invoke(event({ senderFrame: { url: 'https://evil.example/' } }), 'compound.get', {}),
    ).toEqual(forbidden);
    expect(await invoke(event({ senderFrame: { url: OWN } }), 'compound.get', {})).toEqual(forbidden);
    expect(await invoke(event({ sender: {} }), 'compound.get', {})).toEqual(forbidden);
    expect(await invoke(event({ senderFrame: null }), 'compound.get', {})).toEqual(forbidden);
  });

  it('trusts only the app:// page, not the same page loaded from file://', async () => {
    const { invoke, event, mainFrame } = setup();
    expect(await invoke(event(), 'compound.get', {})).toMatchObject({ ok: true });
    mainFrame.url = 'file:///app/out/renderer/index.html#/overview';
    expect(await invoke(event(), 'compound.get', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    mainFrame.url = 'app://gatepost.evil/index.html';
    expect(await invoke(event(), 'compound.get', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('reads the operator strictly: "1abc", 1.5 or -1 is no operator at all', async () => {
    const { invoke, event, db } = setup();
    const added = (await invoke(
      event(),
      'team.save',
      { name: '符海燕', role: 'community_doctor', canOperate: true },
      {},
    )) as {
      value: { id: number };
    };
    expect(added.value.id).toBe(1);
    for (const operatorId of ['1abc', 1.5, -1, '1e0', ' 1', null]) {
      expect(await invoke(event(), 'compound.update', PROFILE, { operatorId })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await invoke(event(), 'compound.update', PROFILE, { operatorId: '1' })).toMatchObject({
      ok: true,
    });
    expect(
      db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'compound.update'").get(),
    ).toEqual({
      n: 1,
    });
  });

  it('prints to PDF only after the user picks a file', async () => {
    const { invoke, event, dialog, printToPDF } = setup();
    expect(await invoke(event(), PRINT_METHOD, { fileName: '排班表' })).toEqual({
      ok: true,
      value: { saved: null },
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '排班表.pdf' }),
    );
    const file = join(tempDir(), 'roster.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    expect(await invoke(event(), PRINT_METHOD, { fileName: '排班表', landscape: true })).toEqual({
      ok: true,
      value: { saved: file },
    });
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.4');
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', landscape: true }));
  });

  it('saves an export where the save dialog says, once; a cancel or a second try leaves nothing behind', async () => {
    const { invoke, event, dialog } = setup();
    const exported = (await invoke(event(), 'gate.exportXlsx', { day: '2026-11-28' }, {})) as {
      ok: true;
      value: { fileName: string; file: string; bytes: number };
    };
    expect(exported).toMatchObject({ ok: true, value: { fileName: '出入登记-2026-11-28.xlsx' } });
    const { file, fileName, bytes } = exported.value;
    const box = outboxFor(':memory:');
    const path = join(box.dir, `${file}.out`);
    const target = join(tempDir(), 'gate.xlsx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await invoke(event(), SAVE_METHOD, { file, fileName })).toEqual({
      ok: true,
      value: { saved: target },
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: fileName, filters: [{ name: 'XLSX', extensions: ['xlsx'] }] }),
    );
    expect(readFileSync(target).length).toBe(bytes);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(path)).toBe(false);
    expect(await invoke(event(), SAVE_METHOD, { file, fileName })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: { code: 'export_gone' } },
    });
    // Cancelled: nothing saved, the file is removed all the same.
    const again = (await invoke(event(), 'gate.exportXlsx', {}, {})) as { value: { file: string } };
    expect(await invoke(event(), SAVE_METHOD, { file: again.value.file })).toEqual({
      ok: true,
      value: { saved: null },
    });
    expect(existsSync(join(box.dir, `${again.value.file}.out`))).toBe(false);
    expect(await invoke(event(), SAVE_METHOD, { file: '../../etc/passwd' })).toMatchObject({ ok: false });
  });
});
