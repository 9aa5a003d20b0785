import { IdParams } from '@hcc/shared/api/common';
import { deviceSelfApi } from '@hcc/shared/api/device-self';
import { deviceApi } from '@hcc/shared/api/devices';
import { pairingApi } from '@hcc/shared/api/pairing';
import { versionForDevice } from '@hcc/shared/playlists/targeting';
import { ackSchema } from '@hcc/shared/schemas/common';
import { ScreenshotSchema } from '@hcc/shared/schemas/device';
import { sniffMediaType } from '@hcc/shared/media/sniff';
import { managesSharedForms } from '@hcc/shared/schemas/staff';
import { Router } from 'express';
import { requireStaff, staffOf } from '../auth/session';
import { requireCentreScope } from '../auth/scope';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { contractRoutes } from '../http/contract-route';
import { parseParams } from '../http/parse';
import type { Hub } from '../realtime/hub';
import type { DeviceBudget } from '../realtime/socket-guard';
import { type MakeLimiter, networkLimit, take, waitOf } from '../security/limits';
import { networkQuotaGuard, type PublicQuotas } from '../security/network-quota';
import type { HttpPresence } from './http-presence';
import { approvePairing, claimPairing, requestPairing } from './pairing';
import { deviceOf, requireDevice } from './require-device';
import type { DeviceStateWriter } from './state-writer';

/** Wrong codes one staff member may try in the pairing window: typos, not a search of the code space. */
const APPROVE_MISSES = 10;

export function pairingRoutes(deps: Deps, hub: Hub, makeLimiter: MakeLimiter, quotas: PublicQuotas): Router {
  const r = Router();
  const { perAddress, perNetwork, windowS } = deps.config.limits.pairing;
  const byAddress = makeLimiter({ name: 'pairing-address', points: perAddress, durationS: windowS });
  const byNetwork = networkLimit(makeLimiter, { name: 'pairing-network', points: perNetwork, durationS: windowS });
  const on = contractRoutes(r, '/api/pairings');
  on(pairingApi.request, async ({ body: { kind }, req, res }) => {
    // A screen asks for a code, and a new one only when it expires: a source asking for many is filling the table.
    // The network is charged only for codes its address was allowed: one flooding address does not use up its neighbours'.
    const wait = (await take(byAddress, req.ip ?? 'unknown')) || (await byNetwork.take(req.ip));
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new AppError('rate_limited', `Too many pairing codes asked for from this network; try again in ${Math.ceil(wait / 60)} minute(s).`);
    }
    return requestPairing(deps, kind);
  });
  // Polled every few seconds by each screen waiting for approval; a script gets no more than a hall.
  on(pairingApi.claim, networkQuotaGuard(quotas.reads), ({ params: { id }, body: { claimSecret } }) => claimPairing(deps, id, claimSecret));
  // A code approved is a screen taken into the approver's centre. A waiting screen belongs to no centre
  // yet, so the codes are listed to the province's staff only; a commune's staff type the code their
  // own screen shows, and cannot pick (or, below, guess) the code of a screen waiting in another hall.
  const approveMisses = makeLimiter({ name: 'pairing-approve-miss', points: APPROVE_MISSES, durationS: windowS });
  on(pairingApi.pending, requireStaff(deps, 'editor'), async ({ res }) => {
    if (!managesSharedForms(staffOf(res), await deps.store.centres.list())) return { items: [] };
    const open = await deps.store.pairings.listOpen(deps.clock().toISOString());
    return { items: open.map((p) => ({ pairingId: p.id, code: p.code, kind: p.kind, createdAt: p.createdAt, expiresAt: p.expiresAt })) };
  });
  on(pairingApi.approve, requireStaff(deps, 'editor'), async ({ body: input, res }) => {
    await requireCentreScope(deps, res, [input.centreId]);
    const who = staffOf(res).id;
    const wait = await waitOf(approveMisses, who);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      throw new AppError('rate_limited', `Too many codes that no screen shows; check the code on the screen and try again in ${Math.ceil(wait / 60)} minute(s).`);
    }
    const device = await approvePairing(deps, input, staffOf(res).username).catch(async (err: unknown) => {
      if (err instanceof AppError && err.code === 'not_found') await take(approveMisses, who);
      throw err;
    });
    await hub.announceDevices([device]);
    return { device: await hub.toDevice(device) };
  });
  return r;
}

export function deviceRoutes(deps: Deps, hub: Hub, states: DeviceStateWriter): Router {
  const r = Router();
  const on = contractRoutes(r, '/api/devices');
  const editor = requireStaff(deps, 'editor');
  const viewer = requireStaff(deps, 'viewer');
  on(deviceApi.list, viewer, async () => {
    // Acks are written a moment after they arrive; a reader must see them already.
    await states.flush();
    return { items: await hub.toDevices(await deps.store.devices.list()) };
  });
  on(deviceApi.update, editor, async ({ params: { id }, body: u, res }) => {
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
    return { device: await hub.toDevice(after) };
  });
  on(deviceApi.revoke, editor, async ({ params: { id }, res }) => {
    const before = await deps.store.devices.get(id);
    if (!before) throw new AppError('not_found', `No device ${id}.`);
    await requireCentreScope(deps, res, [before.centreId]);
    await deps.store.devices.revoke(id);
    hub.revokeDevice(id);
    const after = await deps.store.devices.get(id);
    await deps.store.audit.append({ at: deps.clock().toISOString(), actor: staffOf(res).username, action: 'device.revoke', subject: id, before, after });
    if (after) await hub.announceDevices([after]);
    return { device: after && (await hub.toDevice(after)) };
  });
  on(deviceApi.reload, editor, async ({ params: { id }, res }) => {
    const device = await deps.store.devices.get(id);
    if (!device) throw new AppError('not_found', `No device ${id}.`);
    await requireCentreScope(deps, res, [device.centreId]);
    hub.reloadDevice(id);
    return { ok: true } as const;
  });
  on(deviceApi.screenshot, viewer, async ({ params: { id }, res }) => {
    const device = await deps.store.devices.get(id);
    if (!device) throw new AppError('not_found', `No device ${id}.`);
    if (device.kind !== 'screen') throw new AppError('validation', `Device ${id} is a kiosk; only screens take screenshots.`);
    // What another centre's screen is showing is that centre's to look at, like its reloads and emergencies.
    await requireCentreScope(deps, res, [device.centreId]);
    const shot = await takeScreenshot(hub, id);
    const takenAt = deps.clock().toISOString();
    await deps.store.devices.saveScreenshot(id, { takenAt, jpeg: shot });
    hub.announceScreenshot({ deviceId: id, takenAt });
    return { takenAt, url: `/api/devices/${id}/screenshot` };
  });
  // The JPEG itself: a download, outside the JSON contract.
  r.get('/:id/screenshot', viewer, async (req, res) => {
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
export function deviceSelfRoutes(deps: Deps, hub: Hub, states: DeviceStateWriter, httpPresence: HttpPresence, budget: DeviceBudget): Router {
  const r = Router();
  const route = contractRoutes(r, '/api/device');
  route(deviceSelfApi.heartbeat, requireDevice(deps), async ({ body, res }) => {
    const { id } = deviceOf(res);
    await budget.chargeRequest(res, id);
    states.recordHeartbeat(id, body);
    await httpPresence.heard(id);
    return { ok: true } as const;
  });
  route(deviceSelfApi.bootstrap, requireDevice(deps), async ({ res }) => {
    const device = deviceOf(res);
    await budget.chargeRequest(res, device.id);
    await httpPresence.heard(device.id);
    const centre = await deps.store.centres.get(device.centreId);
    const version = device.kind === 'screen' ? versionForDevice(await deps.store.playlists.latestVersions(), device) : null;
    if (!centre) throw new Error(`device ${device.id} belongs to missing centre ${device.centreId}`);
    return {
      device: await hub.toDevice(device),
      centre,
      push: version ? { version, serverTime: deps.clock().toISOString() } : null,
      emergencies: device.kind === 'screen' ? await deps.store.emergencies.active(deps.clock().toISOString()) : [],
    };
  });
  return r;
}
