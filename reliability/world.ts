import type { PairingTicket } from '@hcc/shared/schemas/device';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import type { Role } from '@hcc/shared/schemas/staff';
import { makeItem, PASSWORD, type DeviceClient, type TestServer } from '../server/test/fixtures';
import { newId } from '../server/src/security/tokens';

/** The smallest bytes the server takes for a JPEG: it sniffs the magic, never decodes. */
export const FAKE_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const fakePng = (fill: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(120, fill)]);
const fakeMp4 = () => Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom', 'latin1'), Buffer.alloc(120, 7)]);

export const PROCEDURE: Procedure = {
  code: '1.000001',
  name: 'Đăng ký khai sinh',
  level: ['xa'],
  field: 'Hộ tịch',
  agency: null,
  decision: null,
  channels: [],
  dossier: [],
  steps: [],
  requirements: null,
  legalBasis: [],
  result: null,
  portalUrl: null,
  source: { kind: 'manual', ref: 'reliability', flags: [] },
};

export interface Paired {
  deviceId: string;
  token: string;
}

/**
 * A server with one of everything a route can act on, all in centre "lt" (the subject of every
 * check), plus a screen in "ltan" to play the other centre. Spares are what destructive calls consume.
 */
export interface World {
  t: TestServer;
  admin: string;
  screen: Paired;
  otherScreen: Paired;
  /** Answers screenshot requests; revoked by the access matrix. */
  spareScreen: Paired;
  spareSocket: DeviceClient;
  /** A kiosk paired with "lt": the only principal whose survey answers and usage counts are taken. */
  kiosk: Paired;
  playlistId: string;
  imageId: string;
  spareImageId: string;
  videoId: string;
  planId: string;
  sparePlanId: string;
  emergencyId: string;
  /** A staff account (viewer, centre "lt") that admins rename and reset, never the one acting. */
  user: { id: string; username: string };
  pairing: PairingTicket;
  /** A fresh six-digit code waiting for approval. */
  pairingCode(): Promise<string>;
  /** The playlist's current revision, which a save must name. */
  revision(): Promise<number>;
}

/** Logs in through the real endpoint and returns the session cookie ("name=value"). */
export async function signIn(t: TestServer, username: string, password = PASSWORD): Promise<string> {
  const res = await t.http.post('/api/auth/login').send({ username, password }).expect(200);
  const cookie = res.headers['set-cookie']?.[0]?.split(';')[0];
  if (!cookie) throw new Error('login set no cookie');
  return cookie;
}

/** A staff account made the way an admin makes one (POST /api/users), optionally scoped to a centre. */
export async function createStaff(t: TestServer, admin: string, role: Role, centreId: string | null): Promise<{ id: string; username: string }> {
  const username = `${role}.${newId()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 20)}`;
  const res = await t.http
    .post('/api/users')
    .set('Cookie', admin)
    .send({ username, displayName: `${role} ${centreId ?? ''}`, role, centreId, password: PASSWORD })
    .expect(201);
  return { id: res.body.id, username };
}

export async function seedWorld(t: TestServer): Promise<World> {
  const admin = await t.login('admin');
  const as = <T>(p: Promise<{ body: T }>) => p.then((r) => r.body);
  const upload = async (file: Buffer, name: string) => (await as<{ id: string }>(t.http.post('/api/media').set('Cookie', admin).attach('file', file, name).expect(201))).id;
  const planRow = (seq: number) => ({
    centreId: 'lt',
    seq,
    content: 'Phát video cải cách hành chính',
    product: 'Video',
    lead: 'UBND xã',
    partners: '',
    timing: 'Hằng tháng',
    form: 'video_clip',
    reformArea: 'tthc',
    measure: { count: 4, per: 'month' },
  });

  const [screen, otherScreen, spareScreen] = [await t.pairDevice({ centreId: 'lt' }), await t.pairDevice({ centreId: 'ltan' }), await t.pairDevice({ centreId: 'lt' })];
  const kiosk = await t.pairDevice({ kind: 'kiosk', centreId: 'lt' });
  const spareSocket = await t.connectDevice(spareScreen.token);
  spareSocket.on('device:screenshot', (ack) => ack({ ok: true, data: { jpegBase64: FAKE_JPEG.toString('base64') } }));
  await t.deps.store.devices.saveScreenshot(spareScreen.deviceId, { takenAt: new Date().toISOString(), jpeg: FAKE_JPEG });

  const [imageId, spareImageId, videoId] = [await upload(fakePng(1), 'a.png'), await upload(fakePng(2), 'b.png'), await upload(fakeMp4(), 'c.mp4')];
  await t.deps.store.media.savePoster(videoId, FAKE_JPEG, new Date().toISOString());

  const playlist = await as<{ id: string }>(
    t.http
      .post('/api/playlists')
      .set('Cookie', admin)
      .send({ name: 'Sảnh chờ', centreId: 'lt', target: { centreIds: [], groups: [] }, items: [makeItem()] })
      .expect(201),
  );
  await t.http.post(`/api/playlists/${playlist.id}/publish`).set('Cookie', admin).expect(201);
  const emergency = await as<{ id: string }>(
    t.http
      .post('/api/emergencies')
      .set('Cookie', admin)
      .send({ text: 'Mất điện', centreIds: ['lt'], durationMinutes: 60 })
      .expect(201),
  );
  const [plan, sparePlan] = [
    await as<{ id: string }>(t.http.post('/api/plan-targets').set('Cookie', admin).send(planRow(1)).expect(201)),
    await as<{ id: string }>(t.http.post('/api/plan-targets').set('Cookie', admin).send(planRow(2)).expect(201)),
  ];
  const user = await createStaff(t, admin, 'viewer', 'lt');
  await t.deps.store.procedures.upsertMany([PROCEDURE], new Date().toISOString());
  await t.app.catalogue.reload();
  // The default survey forms are stored on first read; read them now so that is not a later change.
  await t.http.get('/api/surveys/forms').expect(200);
  const newPairing = async () => as<PairingTicket>(t.http.post('/api/pairings').send({ kind: 'screen' }).expect(201));

  return {
    t,
    admin,
    screen,
    otherScreen,
    spareScreen,
    spareSocket,
    kiosk,
    playlistId: playlist.id,
    imageId,
    spareImageId,
    videoId,
    planId: plan.id,
    sparePlanId: sparePlan.id,
    emergencyId: emergency.id,
    user,
    pairing: await newPairing(),
    pairingCode: async () => (await newPairing()).code,
    revision: async () => (await t.deps.store.playlists.get(playlist.id))?.revision ?? 0,
  };
}
