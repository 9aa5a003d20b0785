import type { DeviceKind, PairingClaimResult, PairingTicket } from '@hcc/shared/schemas/device';
import type { Deps } from '../context';
import { AppError } from '../http/errors';
import { newId, randomToken, sha256, sixDigitCode } from '../security/tokens';
import type { DeviceRecord } from './repo';

export const PAIRING_TTL_MS = 15 * 60_000;
/**
 * Bounds how many unapproved tickets may exist, so nobody can exhaust the six-digit code space (1% of
 * it, so a fresh code is still found at the first draw). Each source is held to far fewer (see
 * Limits.pairing), so one source cannot fill it and lock every new screen out.
 */
const MAX_OPEN_PAIRINGS = 10_000;

export async function requestPairing(deps: Deps, kind: DeviceKind): Promise<PairingTicket> {
  const now = deps.clock();
  const nowIso = now.toISOString();
  if ((await deps.store.pairings.countOpen(nowIso)) >= MAX_OPEN_PAIRINGS) {
    throw new AppError('rate_limited', 'Too many devices are waiting to be paired; approve or let some expire first.');
  }
  let code = sixDigitCode();
  // Codes must be unique among open tickets, or staff could approve the wrong screen.
  while (await deps.store.pairings.findOpenByCode(code, nowIso)) code = sixDigitCode();
  const claimSecret = randomToken();
  const ticket = { pairingId: newId(), code, claimSecret, expiresAt: new Date(now.getTime() + PAIRING_TTL_MS).toISOString() };
  await deps.store.pairings.create({
    id: ticket.pairingId,
    code,
    kind,
    claimHash: sha256(claimSecret),
    createdAt: nowIso,
    expiresAt: ticket.expiresAt,
    deviceId: null,
    claimedAt: null,
  });
  return ticket;
}

export async function approvePairing(deps: Deps, input: { code: string; name: string; centreId: string; group: string | null }, by: string): Promise<DeviceRecord> {
  const nowIso = deps.clock().toISOString();
  const pairing = await deps.store.pairings.findOpenByCode(input.code, nowIso);
  if (!pairing) throw new AppError('not_found', `No device is waiting with code ${input.code}; check the code on the screen, or it may have expired.`);
  if (!(await deps.store.centres.get(input.centreId))) throw new AppError('validation', `Unknown centre "${input.centreId}".`, [{ path: 'centreId', message: 'unknown centre' }]);
  const device: DeviceRecord = {
    id: newId(),
    kind: pairing.kind,
    name: input.name,
    centreId: input.centreId,
    group: input.group,
    status: 'active',
    pairedAt: nowIso,
    lastSeenAt: null,
    playing: null,
    heartbeat: null,
  };
  // The token is minted at claim time, so it never exists in the server outside the device's hands.
  await deps.store.devices.create(device, null);
  await deps.store.pairings.approve(pairing.id, device.id);
  await deps.store.audit.append({ at: nowIso, actor: by, action: 'device.pair', subject: device.id, before: null, after: device });
  return device;
}

export async function claimPairing(deps: Deps, pairingId: string, claimSecret: string): Promise<PairingClaimResult> {
  const pairing = await deps.store.pairings.get(pairingId);
  if (!pairing || pairing.claimHash !== sha256(claimSecret)) throw new AppError('not_found', 'Unknown pairing request.');
  const nowIso = deps.clock().toISOString();
  if (!pairing.deviceId) {
    if (pairing.expiresAt <= nowIso) throw new AppError('gone', 'The pairing code expired; the screen will show a new one.');
    return { status: 'pending', expiresAt: pairing.expiresAt };
  }
  // A token is handed out once; a replayed claim gets nothing.
  if (!(await deps.store.pairings.markClaimed(pairing.id, nowIso))) throw new AppError('gone', 'This pairing was already completed.');
  const device = await deps.store.devices.get(pairing.deviceId);
  if (!device || device.status !== 'active') throw new AppError('gone', 'The device was revoked before it could finish pairing.');
  const token = randomToken();
  await deps.store.devices.setTokenHash(device.id, sha256(token));
  return { status: 'paired', deviceId: device.id, token, centreId: device.centreId, kind: device.kind };
}

/** Device HTTP and socket calls both authenticate through this. */
export async function deviceForToken(deps: Deps, token: string | undefined): Promise<DeviceRecord | null> {
  if (!token || token.length > 200) return null;
  return deps.store.devices.getByTokenHash(sha256(token));
}
