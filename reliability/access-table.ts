import { randomUUID } from 'node:crypto';
import { PASSWORD } from '../server/test/fixtures';
import { FAKE_JPEG, PROCEDURE, type World } from './world';

/**
 * Who may do what, as one table. Columns are the principals; "other" means centre "ltan" while every
 * resource a row touches belongs to centre "lt". Staff without "other" are province-wide (no centre).
 */
export const ROLES = ['anonymous', 'screen', 'other screen', 'viewer', 'editor', 'admin', 'other editor'] as const;
export type Principal = (typeof ROLES)[number];

/**
 * ok = allowed (2xx); 401 = not signed in as what the route needs; 403 = signed in but refused (for
 * "other editor", mostly issue 9's centre scope); 404 = no such route. ok* = another centre's editor
 * is still allowed because issue 9 has not scoped that route yet: it should become 403.
 */
export type Outcome = 'ok' | 'ok*' | '401' | '403' | '404';

export interface Request {
  query?: string;
  json?: unknown;
  /** Sent as application/octet-stream. */
  raw?: Buffer;
  /** Sent as multipart/form-data in the field "file". */
  file?: Buffer;
}
export interface HttpRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `:name` segments are filled from the world (see PLACES). */
  path: string;
  expect: Record<Principal, Outcome>;
  request?: (w: World) => Request | Promise<Request>;
}

const PLACES: Record<string, (w: World) => string> = {
  user: (w) => w.user.id,
  pairing: (w) => w.pairing.pairingId,
  screen: (w) => w.screen.deviceId,
  spareScreen: (w) => w.spareScreen.deviceId,
  image: (w) => w.imageId,
  spareImage: (w) => w.spareImageId,
  video: (w) => w.videoId,
  playlist: (w) => w.playlistId,
  emergency: (w) => w.emergencyId,
  plan: (w) => w.planId,
  sparePlan: (w) => w.sparePlanId,
  code: () => PROCEDURE.code,
};
export const resolvePath = (path: string, w: World) => path.replace(/:(\w+)/g, (_m, name: string) => PLACES[name]?.(w) ?? `:${name}`);

/** A PNG the server has not seen: content addressing would answer 200 instead of 201 for the same bytes. */
const freshPng = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(randomUUID())]);
const plan = (seq: number) => ({ centreId: 'lt', seq, content: 'Bản tin', product: '', lead: '', partners: '', timing: '' });
const item = { id: 'item-2', kind: 'text', title: 'Tin', durationMs: 8000, heading: 'Tin', body: '' };
export const impressionOf = (deviceId: string, playlistId: string) => ({
  id: randomUUID(),
  deviceId,
  itemId: 'item-1',
  playlistId,
  playlistVersion: 1,
  startedAt: new Date().toISOString(),
  durationMs: 8000,
  completed: true,
  reason: 'completed',
});
export const summaryOf = (deviceId: string, playlistId: string) => {
  const at = new Date().toISOString();
  const day = new Date(Date.parse(at) + 7 * 3600_000).toISOString().slice(0, 10);
  return { id: randomUUID(), deviceId, itemId: 'item-1', playlistId, playlistVersion: 1, day, showings: 2, playMs: 16000, completed: 2, first: at, last: at };
};

/** A row's expectations, read left to right in ROLES order. */
function cells(line: string): Record<Principal, Outcome> {
  const words = line.trim().split(/\s+/);
  if (words.length !== ROLES.length) throw new Error(`"${line}" has ${words.length} cells, not ${ROLES.length}`);
  return Object.fromEntries(ROLES.map((r, i) => [r, words[i]])) as Record<Principal, Outcome>;
}
const row = (route: string, line: string, request?: HttpRow['request']): HttpRow => {
  const [method, path] = route.split(' ') as [HttpRow['method'], string];
  return { method, path, expect: cells(line), request };
};

// prettier-ignore
/** Every HTTP route, in an order where nothing a later row needs has been consumed (logout last). */
export const HTTP_ROWS: HttpRow[] = [
  //                                                  anon screen other-screen viewer editor admin other-editor
  row('GET /healthz',                                  'ok   ok     ok     ok     ok     ok    ok'),
  row('GET /readyz',                                   'ok   ok     ok     ok     ok     ok    ok'),
  row('POST /api/auth/login',                          'ok   ok     ok     ok     ok     ok    ok', (w) => ({ json: { username: w.user.username, password: PASSWORD } })),
  row('GET /api/auth/me',                              '401  401    401    ok     ok     ok    ok'),
  row('GET /api/users',                                '401  401    401    403    403    ok    403'),
  row('POST /api/users',                               '401  401    401    403    403    ok    403', () => ({ json: { username: `u.${randomUUID().slice(0, 8)}`, displayName: 'Người mới', role: 'viewer', password: 'a long enough password' } })),
  row('PATCH /api/users/:user',                        '401  401    401    403    403    ok    403', () => ({ json: { displayName: 'Đổi tên' } })),
  row('POST /api/users/:user/password',                '401  401    401    403    403    ok    403', () => ({ json: { password: 'another long password' } })),
  row('GET /api/audit',                                '401  401    401    403    403    ok    403'),
  row('GET /api/centres',                              '401  401    401    ok     ok     ok    ok'),
  row('POST /api/pairings',                            'ok   ok     ok     ok     ok     ok    ok', () => ({ json: { kind: 'screen' } })),
  row('POST /api/pairings/:pairing/claim',             'ok   ok     ok     ok     ok     ok    ok', (w) => ({ json: { claimSecret: w.pairing.claimSecret } })),
  row('GET /api/pairings',                             '401  401    401    403    ok     ok    ok'),
  row('POST /api/pairings/approve',                    '401  401    401    403    ok     ok    403', async (w) => ({ json: { code: await w.pairingCode(), name: 'Sảnh B', centreId: 'lt' } })),
  row('GET /api/devices',                              '401  401    401    ok     ok     ok    ok'),
  row('PATCH /api/devices/:screen',                    '401  401    401    403    ok     ok    403', () => ({ json: { name: 'Sảnh A' } })),
  row('POST /api/devices/:screen/reload',              '401  401    401    403    ok     ok    403'),
  row('POST /api/devices/:spareScreen/screenshot',     '401  401    401    ok     ok     ok    403'),
  row('GET /api/devices/:spareScreen/screenshot',      '401  401    401    ok     ok     ok    403'),
  row('POST /api/devices/:spareScreen/revoke',         '401  401    401    403    ok     ok    403'),
  row('GET /api/device/bootstrap',                     '401  ok     ok     401    401    401   401'),
  row('GET /api/media',                                '401  401    401    ok     ok     ok    ok'),
  row('POST /api/media',                               '401  401    401    403    ok     ok    ok', () => ({ file: freshPng() })),
  row('PUT /api/media/:video/poster',                  '401  401    401    403    ok     ok    ok', () => ({ raw: FAKE_JPEG })),
  row('GET /api/media/:video/poster',                  '401  401    401    ok     ok     ok    ok'),
  row('DELETE /api/media/:spareImage',                 '401  401    401    403    ok     ok    ok'),
  row('GET /media/:image',                             'ok   ok     ok     ok     ok     ok    ok'),
  row('GET /api/playlists',                            '401  401    401    ok     ok     ok    ok'),
  row('GET /api/playlists/:playlist',                  '401  401    401    ok     ok     ok    ok'),
  row('POST /api/playlists',                           '401  401    401    403    ok     ok    403', () => ({ json: { name: 'Mới', centreId: 'lt', target: {}, items: [item] } })),
  row('PUT /api/playlists/:playlist',                  '401  401    401    403    ok     ok    403', async (w) => ({ json: { name: 'Sửa', centreId: 'lt', target: {}, items: [item], baseRevision: await w.revision() } })),
  row('POST /api/playlists/:playlist/publish',         '401  401    401    403    ok     ok    403'),
  row('GET /api/playlists/:playlist/versions',         '401  401    401    ok     ok     ok    ok'),
  row('POST /api/playlists/:playlist/rollback',        '401  401    401    403    ok     ok    403', () => ({ json: { version: 1 } })),
  row('GET /api/emergencies',                          '401  401    401    ok     ok     ok    ok'),
  row('POST /api/emergencies',                         '401  401    401    403    ok     ok    403', () => ({ json: { text: 'Tạm dừng', centreIds: ['lt'], durationMinutes: 5 } })),
  row('DELETE /api/emergencies/:emergency',            '401  401    401    403    ok     ok    403'),
  row('DELETE /api/emergencies',                       '401  401    401    403    ok     ok    403'),
  row('POST /api/impressions',                         '401  ok     403    401    401    401   401', (w) => ({ json: { impressions: [impressionOf(w.screen.deviceId, w.playlistId)] } })),
  row('POST /api/impressions/summaries',               '401  ok     403    401    401    401   401', (w) => ({ json: { summaries: [summaryOf(w.screen.deviceId, w.playlistId)] } })),
  row('GET /api/impressions/integrity',                '401  401    401    ok     ok     ok    ok'),
  row('GET /api/procedures',                           'ok   ok     ok     ok     ok     ok    ok', () => ({ query: 'q=khai sinh' })),
  row('GET /api/procedures/index',                     'ok   ok     ok     ok     ok     ok    ok'),
  row('GET /api/procedures/:code',                     'ok   ok     ok     ok     ok     ok    ok'),
  row('POST /api/links/check',                         '401  401    401    403    ok     ok    ok', () => ({ json: { url: 'tel:1022' } })),
  // Issue 18: usage counts and kiosk survey answers only from a paired kiosk (reliability/outside-attack.test.ts has the kiosk's own cells).
  row('POST /api/usage/events',                        '401  403    403    401    401    401   401', () => ({ json: { events: [{ kind: 'view', code: PROCEDURE.code }] } })),
  row('GET /api/usage/empty-searches',                 '401  401    401    403    ok     ok    ok'),
  // Issue 17: staff read the search loop; only province-wide editors change the lexicon every centre reads.
  row('GET /api/search-lexicon',                       '401  401    401    403    ok     ok    ok'),
  row('GET /api/search-lexicon/suggestions',           '401  401    401    403    ok     ok    ok'),
  row('POST /api/search-lexicon',                      '401  401    401    403    ok     ok    403', () => ({ json: { say: 'giay khai sanh', means: 'dang ky khai sinh' } })),
  row('POST /api/search-lexicon/dismiss',              '401  401    401    403    ok     ok    403', () => ({ json: { say: 'khong co gi' } })),
  row('GET /api/surveys/forms',                        'ok   ok     ok     ok     ok     ok    ok'),
  row('POST /api/surveys/forms/quick',                 '401  401    401    403    403    ok    403', () => ({ json: { title: 'Hài lòng?', questions: [{ id: 'overall', text: 'Chung', options: [{ score: 2, label: 'Tốt' }, { score: 0, label: 'Chưa' }] }] } })),
  row('POST /api/surveys/phone',                       'ok   ok     ok     ok     ok     ok    ok'),
  row('POST /api/surveys/responses',                   '401  403    403    401    401    401   401', () => ({ json: { id: randomUUID(), centreId: 'lt', formId: 'quick', formVersion: 1, answers: { overall: 2 }, submittedAt: new Date().toISOString() } })),
  row('GET /api/surveys/results',                      'ok   ok     ok     ok     ok     ok    ok'),
  row('GET /api/surveys/comments',                     '401  401    401    403    ok     ok    ok'),
  row('GET /api/reports',                              '401  401    401    ok     ok     ok    ok', () => ({ query: 'from=2026-01-01&to=2026-01-31&centre=lt' })),
  row('GET /api/plan-targets',                         '401  401    401    ok     ok     ok    ok'),
  row('POST /api/plan-targets',                        '401  401    401    403    ok     ok    403', () => ({ json: plan(7) })),
  row('PUT /api/plan-targets/:plan',                   '401  401    401    403    ok     ok    403', () => ({ json: plan(8) })),
  row('DELETE /api/plan-targets/:sparePlan',           '401  401    401    403    ok     ok    403'),
  row('POST /api/catalogue/import',                    '401  401    401    403    403    ok    403', () => ({ query: 'name=list.jsonl&dryRun=1', raw: Buffer.from('{}') })),
  row('GET /api/no-such-route',                        '404  404    404    404    404    404   404'),
  row('POST /api/auth/logout',                         'ok   ok     ok     ok     ok     ok    ok'),
];

export type SocketAction = 'connect /staff' | 'clock:sync' | 'device:heartbeat' | 'playlist:ack' | 'impression:batch' | 'impression:summary';
export interface SocketRow {
  action: SocketAction;
  expect: Record<Principal, Outcome>;
}

// prettier-ignore
/** The staff namespace takes a session cookie and receives only; device events need a screen's token. */
export const SOCKET_ROWS: SocketRow[] = [
  //                                                  anon screen other-screen viewer editor admin other-editor
  { action: 'connect /staff',                expect: cells('401  401    401    ok     ok     ok    ok') },
  { action: 'clock:sync',                    expect: cells('401  ok     ok     401    401    401   401') },
  { action: 'device:heartbeat',              expect: cells('401  ok     ok     401    401    401   401') },
  // A screen acknowledges only what was sent where it stands: the "lt" playlist is not the other screen's.
  { action: 'playlist:ack',                  expect: cells('401  ok     403    401    401    401   401') },
  // The batch names the "lt" screen: only that screen may report its own showings.
  { action: 'impression:batch',              expect: cells('401  ok     403    401    401    401   401') },
  { action: 'impression:summary',            expect: cells('401  ok     403    401    401    401   401') },
];

/** A valid payload for each device event, so a refusal can only come from who sends it. */
export const socketPayload = (event: Exclude<SocketAction, 'connect /staff'>, w: World): unknown =>
  ({
    'clock:sync': { clientTime: new Date().toISOString() },
    'device:heartbeat': { playing: null, currentItemId: null, uptimeMs: 1000 },
    'playlist:ack': { playlistId: w.playlistId, version: 1 },
    'impression:batch': { impressions: [impressionOf(w.screen.deviceId, w.playlistId)] },
    'impression:summary': { summaries: [summaryOf(w.screen.deviceId, w.playlistId)] },
  })[event];
