import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost } from '../../electron/host/server';
import { CSP_HEADER } from '../../electron/host/static';
import { count, freshDb, PROFILE, tempDir } from './helpers';

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

async function host() {
  const { db, host: context } = freshDb();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>门岗</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const started = await startHost({ db, context, staticDir, port: 0, maxBodyBytes: 1024 });
  server = started.server;
  const post = (method: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${started.url}api/${method}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
  return { db, url: started.url, post };
}

describe('web host', () => {
  it('answers a method through the router with the envelope', async () => {
    const { post } = await host();
    const r = await post('compound.get', '{}');
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ ok: true, value: { feverThreshold: 37.3 } });
  });

  it('answers NOT_FOUND for an unknown method', async () => {
    const { post } = await host();
    const r = await post('nothing.here', '{}');
    expect(r.status).toBe(404);
    expect(await r.json()).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: '没有这个接口：nothing.here',
        reason: { code: 'unknown_method', params: { method: 'nothing.here' } },
      },
    });
  });

  it('answers VALIDATION for malformed JSON and for a body over the limit, writing nothing', async () => {
    const { post, db } = await host();
    const bad = await post('team.save', '{"name": 黄');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '请求内容不是有效的 JSON', reason: { code: 'bad_json' } },
    });
    const big = await post('team.save', JSON.stringify({ name: 'x'.repeat(2000), role: 'volunteer' }));
    expect(big.status).toBe(400);
    expect(await big.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('过大') },
    });
    expect(count(db, 'team_members')).toBe(0);
  });

  it('answers FORBIDDEN to a request from another origin or host name', async () => {
    const { post, db } = await host();
    const body = JSON.stringify({ name: '外人', role: 'volunteer' });
    const r = await post('team.save', body, { origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(count(db, 'team_members')).toBe(0);
    const own = await post('team.save', body, { origin: 'http://127.0.0.1:1' });
    expect(own.status).toBe(403);
  });

  it('accepts its own origin and signs mutations with the operator header', async () => {
    const { post, url, db } = await host();
    const origin = url.replace(/\/$/, '');
    const added = await post(
      'team.save',
      JSON.stringify({ name: '王立军', role: 'police_officer', canOperate: true }),
      {
        origin,
      },
    );
    expect(added.status).toBe(200);
    const { value } = (await added.json()) as { value: { id: number } };
    const denied = await post('compound.update', '{}', { origin });
    expect(denied.status).toBe(400);
    const profile = PROFILE;
    const noOperator = await post('compound.update', JSON.stringify(profile), { origin });
    expect(noOperator.status).toBe(403);
    const ok = await post('compound.update', JSON.stringify(profile), {
      origin,
      'x-gatepost-operator': String(value.id),
    });
    expect(ok.status).toBe(200);
    expect(
      db.$client.prepare("SELECT operator_name FROM audit_log WHERE method='compound.update'").get(),
    ).toEqual({
      operator_name: '王立军',
    });
  });

  it('reads the operator header strictly: "1abc" is no operator, not operator 1', async () => {
    const { post, db } = await host();
    const added = await post(
      'team.save',
      JSON.stringify({ name: '王立军', role: 'police_officer', canOperate: true }),
    );
    const { value } = (await added.json()) as { value: { id: number } };
    expect(value.id).toBe(1);
    for (const header of ['1abc', '1.0', '1e0', '+1', '0x1', '-1', '0', '1 2']) {
      const r = await post('compound.update', JSON.stringify(PROFILE), { 'x-gatepost-operator': header });
      expect(r.status, header).toBe(403);
    }
    expect(count(db, 'audit_log')).toBe(1);
    const ok = await post('compound.update', JSON.stringify(PROFILE), { 'x-gatepost-operator': '1' });
    expect(ok.status).toBe(200);
  });

  it("sends the Content-Security-Policy as a header, the same as the renderer's meta tag", async () => {
    const { url } = await host();
    for (const path of ['', 'assets/app.js']) {
      const r = await fetch(`${url}${path}`);
      expect(r.headers.get('content-security-policy')).toBe(CSP_HEADER);
      expect(r.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CSP_HEADER).toContain("script-src 'self'");
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  it('serves the renderer and nothing outside it', async () => {
    const { url } = await host();
    const index = await fetch(url);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('门岗');
    expect((await fetch(`${url}assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${url}..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${url}missing.js`)).status).toBe(404);
  });

  it('survives malformed addresses: a bad escape is answered, not a crash', async () => {
    const { url, post } = await host();
    expect((await fetch(`${url}%E0%A4%A`)).status).toBe(400);
    const bad = await post('%E0%A4%A', '{}');
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await post('compound.get', '{}')).status).toBe(200);
  });
});
