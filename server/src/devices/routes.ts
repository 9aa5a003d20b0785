import { versionForDevice } from '@hcc/shared/playlists/targeting';
import type { DeviceBootstrap } from '@hcc/shared/schemas/bootstrap';
import { ackSchema, IdSchema } from '@hcc/shared/schemas/common';
import { DeviceUpdateSchema, HeartbeatSchema, PairingApproveSchema, PairingClaimSchema, PairingRequestSchema, ScreenshotSchema } from '@hcc/shared/schemas/device';
import { sniffMediaType } from '@hcc/shared/media/sniff';
import { Router } from 'express';
import * as z from 'zod/mini';
import { requireStaff, staffOf } from '../auth/session';
import { requireCentreScope } from '../auth/scope';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { parseBody, parseParams } from '../http/parse';
import type { Hub } from '../realtime/hub';
import { type MakeLimiter, networkOf, take } from '../security/limits';
import type { HttpPresence } from './http-presence';
import { approvePairing, claimPairing, requestPairing } from './pairing';
import { deviceOf, requireDevice } from './require-device';
import type { DeviceStateWriter } from './state-writer';

const IdParams = z.object({ id: IdSchema });

export function pairingRoutes(deps: Deps, hub: Hub, makeLimiter: MakeLimiter): Router {
  const r = Router();
  const { perAddress, perNetwork, windowS } = deps.config.limits.pairing;
  const byAddress = makeLimiter({ name: 'pairing-address', points: perAddress, durationS: windowS });
  const byNetwork = makeLimiter({ name: 'pairing-network', points: perNetwork, durationS: windowS });
  r.post('/', async (req, res) => {
    const { kind } = parseBody(PairingRequestSchema, req);
    // A screen asks for a code, and a new one only when it expires: a source asking for many is filling the table.
    // The network is charged only for codes its address was allowed: one flooding address does not use up its neighbours'.
    const wait = (await take(byAddress, req.ip ?? 'unknown')) || (await take(byNetwork, networkOf(req.ip)));
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new AppError('rate_limited', `Too many pairing codes asked for from this network; try again in ${Math.ceil(wait / 60)} minute(s).`);
    }
    res.status(201).json(await requestPairing(deps, kind));
  });
  r.post('/:id/claim', async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const { claimSecret } = parseBody(PairingClaimSchema, req);
    res.json(await claimPairing(deps, id, claimSecret));
  });
  r.get('/', requireStaff(deps, 'editor'), async (_req, res) => {
    const open = await deps.store.pairings.listOpen(deps.clock().toISOString());
    res.json({ items: open.map((p) => ({ pairingId: p.id, code: p.code, kind: p.kind, createdAt: p.createdAt, expiresAt: p.expiresAt })) });
  });
  r.post('/approve', requireStaff(deps, 'editor'), async (req, res) => {
    const input = parseBody(PairingApproveSchema, req);
    await requireCentreScope(deps, res, [input.centreId]);
    const device = await approvePairing(deps, input, staffOf(res).username);
    await hub.announceDevices([device]);
    res.status(201).json({ device: await hub.toDevice(device) });
  });
  return r;
}

export function deviceRoutes(deps: Deps, hub: Hub, states: DeviceStateWriter): Router {
  const r = Router();
  r.get('/', requireStaff(deps, 'viewer'), async (_req, res) => {
    // Acks are written a moment after they arrive; a reader must see them already.
    await states.flush();
    res.json({ items: await hub.toDevices(await deps.store.devices.list()) });
  });
  r.patch('/:id', requireStaff(deps, 'editor'), async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const u = parseBody(DeviceUpdateSchema, req);
    const before = await deps.store.devices.get(id);
    if (!before) throw new AppError('not_found', `No device ${id}.`);
    await requireCentreScope(deps, res, [before.centreId, ...(u.centreId ? [u.centreId] : [])]);
    if (u.centreId && !(await deps.store.centres.get(u.centreId))) throw new AppError('validation', `Unknown centre "${u.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
    await deps.store.devices.update(id, u);
    const after = await deps.store.devices.get(id);
    if (!after) throw new Error(`device ${id} vanished during an update`);
    await deps.store.audit.append({ at: deps.clock().toISOString(), actor: staffOf(res).username, action: 'device.update', subject: id, before, after });
    await hub.announceDevices([after]);
    // A screen moved to another centre or group plays that one's playlist: it re-joins its rooms.
    if (u.centreId !== undefined || u.group !== undefined) hub.reloadDevice(id);
    res.json({ device: await hub.toDevice(after) });
  });
  r.post('/:id/revoke', requireStaff(deps, 'editor'), async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const before = await deps.store.devices.get(id);
    if (!before) throw new AppError('not_found', `No device ${id}.`);
    await requireCentreScope(deps, res, [before.centreId]);
    await deps.store.devices.revoke(id);
    hub.revokeDevice(id);
    const after = await deps.store.devices.get(id);
    await deps.store.audit.append({ at: deps.clock().toISOString(), actor: staffOf(res).username, action: 'device.revoke', subject: id, before, after });
    if (after) await hub.announceDevices([after]);
    res.json({ device: after && (await hub.toDevice(after)) });
  });
  r.post('/:id/reload', requireStaff(deps, 'editor'), async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const device = await deps.store.devices.get(id);
    if (!device) throw new AppError('not_found', `No device ${id}.`);
    await requireCentreScope(deps, res, [device.centreId]);
    hub.reloadDevice(id);
    res.json({ ok: true });
  });
  r.post('/:id/screenshot', requireStaff(deps, 'viewer'), async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const device = await deps.store.devices.get(id);
    if (!device) throw new AppError('not_found', `No device ${id}.`);
    if (device.kind !== 'screen') throw new AppError('validation', `Device ${id} is a kiosk; only screens take screenshots.`);
    // What another centre's screen is showing is that centre's to look at, like its reloads and emergencies.
    await requireCentreScope(deps, res, [device.centreId]);
    const shot = await takeScreenshot(hub, id);
    const takenAt = deps.clock().toISOString();
    await deps.store.devices.saveScreenshot(id, { takenAt, jpeg: shot });
    hub.announceScreenshot({ deviceId: id, takenAt });
    res.status(201).json({ takenAt, url: `/api/devices/${id}/screenshot` });
  });
  r.get('/:id/screenshot', requireStaff(deps, 'viewer'), async (req, res) => {
    const { id } = parseParams(IdParams, req);
    const device = await deps.store.devices.get(id);
    if (device) await requireCentreScope(deps, res, [device.centreId]);
    const shot = await deps.store.devices.getScreenshot(id);
    if (!shot) throw new AppError('not_found', `Device ${id} has no screenshot yet.`);
    res.set({ 'Content-Type': 'image/jpeg', 'Cache-Control': 'no-store', 'Last-Modified': new Date(shot.takenAt).toUTCString() });
    res.send(shot.jpeg);
  });
  return r;
}

const ScreenshotAck = ackSchema(ScreenshotSchema);

/** Asks the screen for its current frame; whatever comes back is checked like any upload. */
async function takeScreenshot(hub: Hub, id: string): Promise<Buffer> {
  const reply = ScreenshotAck.safeParse(await hub.requestScreenshot(id));
  if (!reply.success) throw new AppError('unavailable', `Screen ${id} is offline or did not answer with a screenshot.`);
  if (!reply.data.ok) throw new AppError('unavailable', `Screen ${id} could not take a screenshot: ${reply.data.error.message}`);
  const jpeg = Buffer.from(reply.data.data.jpegBase64, 'base64');
  if (sniffMediaType(jpeg.subarray(0, 64)) !== 'image/jpeg') throw new AppError('unavailable', `Screen ${id} sent a screenshot that is not a JPEG.`);
  return jpeg;
}

/**
 * What a player needs to start playing with one request, before its socket is up; and its heartbeat
 * when the socket cannot get through (a proxy that blocks WebSocket), which also keeps it counted
 * as present for uptime.
 */
export function deviceSelfRoutes(deps: Deps, hub: Hub, states: DeviceStateWriter, httpPresence: HttpPresence): Router {
  const r = Router();
  r.post('/heartbeat', requireDevice(deps), async (req, res) => {
    const hb = parseBody(HeartbeatSchema, req);
    const { id } = deviceOf(res);
    states.recordHeartbeat(id, hb);
    await httpPresence.heard(id);
    res.status(204).end();
  });
  r.get('/bootstrap', requireDevice(deps), async (_req, res) => {
    const device = deviceOf(res);
    await httpPresence.heard(device.id);
    const centre = await deps.store.centres.get(device.centreId);
    const version = device.kind === 'screen' ? versionForDevice(await deps.store.playlists.latestVersions(), device) : null;
    if (!centre) throw new Error(`device ${device.id} belongs to missing centre ${device.centreId}`);
    const body: DeviceBootstrap = {
      device: await hub.toDevice(device),
      centre,
      push: version ? { version, serverTime: deps.clock().toISOString() } : null,
      emergencies: device.kind === 'screen' ? await deps.store.emergencies.active(deps.clock().toISOString()) : [],
    };
    res.json(body);
  });
  return r;
}
