import type { ClientEventSchemas } from '@hcc/shared/events';
import { IdSchema } from '@hcc/shared/schemas/common';
import { DeviceUpdateSchema, PairingApproveSchema, PairingClaimSchema, PairingRequestSchema } from '@hcc/shared/schemas/device';
import { EmergencyCreateSchema } from '@hcc/shared/schemas/emergency';
import { ImpressionBatchSchema, ImpressionSummaryBatchSchema } from '@hcc/shared/schemas/impression';
import { LinkCheckRequestSchema } from '@hcc/shared/schemas/link';
import { Sha256Schema } from '@hcc/shared/schemas/media';
import { PlanTargetInputSchema } from '@hcc/shared/schemas/plan';
import { PlaylistDraftSchema, PlaylistRollbackSchema, PlaylistSaveSchema } from '@hcc/shared/schemas/playlist';
import { ProcedureCodeSchema } from '@hcc/shared/schemas/procedure';
import { LoginSchema, PasswordResetSchema, UserCreateSchema, UserUpdateSchema } from '@hcc/shared/schemas/staff';
import { SurveyFormEditSchema, SurveyResponseSchema } from '@hcc/shared/schemas/survey';
import { UsageBatchSchema } from '@hcc/shared/schemas/usage';
import { StaffSynonymInputSchema } from '@hcc/shared/search/staff-lexicon';
import * as z from 'zod/mini';
import { PROCEDURE, type World } from './world';

/** What the fuzz test aims at: every route that reads a body, a query or a path, and every device event, each with valid input to break. */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type As = 'admin' | 'device' | 'kiosk';
export interface BodyTarget {
  group: string;
  method: Method;
  path: string;
  schema: z.ZodMiniType;
  sample: unknown;
  as?: As;
}
export interface QueryTarget {
  group: string;
  method: Method;
  path: string;
  keys: string[];
}
export interface ParamTarget {
  group: string;
  method: Method;
  path: string;
  schema: z.ZodMiniType;
  body?: unknown;
  siblings?: string[];
}

/** Fixed, like the ids below, so that a seed repeats its inputs; bad input never gets as far as checking the time. */
const now = '2026-03-02T09:00:00.000+07:00';
const ITEM = {
  id: 'item-1',
  kind: 'text',
  title: 'Giờ làm việc',
  durationMs: 8000,
  validFrom: '2026-01-01T00:00:00+07:00',
  validTo: '2026-12-31T00:00:00+07:00',
  dayparts: [{ start: '07:00', end: '11:30' }],
  weekdays: [1, 2, 3],
  priority: 5,
  reformArea: 'tthc',
  form: 'ban_tin',
  targetId: null,
  heading: 'Giờ làm việc',
  body: 'Thứ Hai – Thứ Sáu',
};
const DRAFT = { name: 'Sảnh chờ', centreId: 'lt', target: { centreIds: ['lt'], groups: ['hall'] }, items: [ITEM] };
const PLAN = {
  centreId: 'lt',
  seq: 3,
  content: 'Bản tin',
  product: 'Bản tin',
  lead: 'UBND xã',
  partners: '',
  timing: 'Hằng tháng',
  form: 'ban_tin',
  reformArea: 'tthc',
  measure: { count: 4, per: 'month' },
};
const FORM_EDIT = {
  title: 'Hài lòng?',
  questions: [
    {
      id: 'overall',
      text: 'Mức độ hài lòng chung',
      group: null,
      options: [
        { score: 2, label: 'Tốt' },
        { score: 0, label: 'Chưa tốt' },
      ],
      required: true,
    },
  ],
};
const impression = (w: World) => ({
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  deviceId: w.screen.deviceId,
  itemId: 'item-1',
  playlistId: w.playlistId,
  playlistVersion: 1,
  startedAt: now,
  durationMs: 8000,
  completed: true,
  reason: 'completed',
});
const summary = (w: World) => ({
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  deviceId: w.screen.deviceId,
  itemId: 'item-1',
  playlistId: w.playlistId,
  playlistVersion: 1,
  day: '2026-03-02',
  showings: 3,
  playMs: 24000,
  completed: 3,
  first: now,
  last: now,
});

/** Every route that reads a JSON body, with a valid sample of it to break. */
export const bodyTargets = (w: World): BodyTarget[] => [
  { group: 'auth', method: 'POST', path: '/api/auth/login', schema: LoginSchema, sample: { username: 'nobody', password: 'not the password' } },
  {
    group: 'users',
    method: 'POST',
    path: '/api/users',
    schema: UserCreateSchema,
    sample: { username: 'new.user', displayName: 'Người mới', role: 'viewer', centreId: 'lt', password: 'a long enough password' },
  },
  { group: 'users', method: 'PATCH', path: `/api/users/${w.user.id}`, schema: UserUpdateSchema, sample: { displayName: 'Đổi tên', role: 'viewer', centreId: null, disabled: false } },
  { group: 'users', method: 'POST', path: `/api/users/${w.user.id}/password`, schema: PasswordResetSchema, sample: { password: 'another long password' } },
  { group: 'pairings', method: 'POST', path: '/api/pairings', schema: PairingRequestSchema, sample: { kind: 'screen' } },
  { group: 'pairings', method: 'POST', path: `/api/pairings/${w.pairing.pairingId}/claim`, schema: PairingClaimSchema, sample: { claimSecret: w.pairing.claimSecret } },
  { group: 'pairings', method: 'POST', path: '/api/pairings/approve', schema: PairingApproveSchema, sample: { code: '123456', name: 'Sảnh A', centreId: 'lt', group: 'hall' } },
  { group: 'devices', method: 'PATCH', path: `/api/devices/${w.screen.deviceId}`, schema: DeviceUpdateSchema, sample: { name: 'Sảnh A', centreId: 'lt', group: 'hall' } },
  { group: 'playlists', method: 'POST', path: '/api/playlists', schema: z.strictObject(PlaylistDraftSchema.shape), sample: DRAFT },
  { group: 'playlists', method: 'PUT', path: `/api/playlists/${w.playlistId}`, schema: PlaylistSaveSchema, sample: { ...DRAFT, baseRevision: 0 } },
  { group: 'playlists', method: 'POST', path: `/api/playlists/${w.playlistId}/rollback`, schema: PlaylistRollbackSchema, sample: { version: 1 } },
  {
    group: 'emergencies',
    method: 'POST',
    path: '/api/emergencies',
    schema: EmergencyCreateSchema,
    sample: { text: 'Mất điện', severity: 'danger', centreIds: ['lt'], deviceIds: [w.screen.deviceId], durationMinutes: 30 },
  },
  { group: 'impressions', method: 'POST', path: '/api/impressions', schema: ImpressionBatchSchema, sample: { impressions: [impression(w)] }, as: 'device' },
  { group: 'impressions', method: 'POST', path: '/api/impressions/summaries', schema: ImpressionSummaryBatchSchema, sample: { summaries: [summary(w)] }, as: 'device' },
  { group: 'links', method: 'POST', path: '/api/links/check', schema: LinkCheckRequestSchema, sample: { url: 'https://dichvucong.gov.vn/' } },
  {
    group: 'usage',
    method: 'POST',
    path: '/api/usage/events',
    schema: UsageBatchSchema,
    sample: {
      events: [
        { kind: 'search', q: 'khai sinh', results: 0 },
        { kind: 'view', code: PROCEDURE.code },
        { kind: 'pick', q: 'khai sinh', code: PROCEDURE.code, rank: 5 },
      ],
    },
    as: 'kiosk',
  },
  { group: 'search-lexicon', method: 'POST', path: '/api/search-lexicon', schema: StaffSynonymInputSchema, sample: { say: 'giay khai sanh', means: 'dang ky khai sinh' } },
  { group: 'surveys', method: 'POST', path: '/api/surveys/forms/quick', schema: SurveyFormEditSchema, sample: FORM_EDIT },
  {
    group: 'surveys',
    method: 'POST',
    path: '/api/surveys/responses',
    schema: SurveyResponseSchema,
    sample: {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      centreId: 'lt',
      formId: 'quick',
      formVersion: 1,
      answers: { overall: 2 },
      context: { field: 'Hộ tịch', procedureCode: PROCEDURE.code, counter: '3', channel: 'kiosk' },
      comment: 'Tốt',
      submittedAt: now,
    },
    as: 'kiosk',
  },
  { group: 'plan-targets', method: 'POST', path: '/api/plan-targets', schema: PlanTargetInputSchema, sample: PLAN },
  { group: 'plan-targets', method: 'PUT', path: `/api/plan-targets/${w.planId}`, schema: PlanTargetInputSchema, sample: PLAN },
];

/** Every route that reads a query; all their schemas are strict. */
export const QUERY_TARGETS: QueryTarget[] = [
  { group: 'audit', method: 'GET', path: '/api/audit', keys: ['actor', 'action', 'subject', 'from', 'to', 'limit', 'format'] },
  { group: 'reports', method: 'GET', path: '/api/reports', keys: ['from', 'to', 'centre', 'format'] },
  { group: 'usage', method: 'GET', path: '/api/usage/empty-searches', keys: ['from', 'to', 'limit'] },
  { group: 'search-lexicon', method: 'GET', path: '/api/search-lexicon/suggestions', keys: ['from', 'to', 'limit'] },
  { group: 'surveys', method: 'GET', path: '/api/surveys/results', keys: ['centre', 'period'] },
  { group: 'surveys', method: 'GET', path: '/api/surveys/comments', keys: ['centre', 'period'] },
  { group: 'procedures', method: 'GET', path: '/api/procedures', keys: ['q', 'limit', 'centre'] },
  { group: 'procedures', method: 'GET', path: '/api/procedures/index', keys: ['centre'] },
  { group: 'plan-targets', method: 'GET', path: '/api/plan-targets', keys: ['centre'] },
  { group: 'impressions', method: 'GET', path: '/api/impressions/integrity', keys: ['full'] },
  { group: 'catalogue', method: 'POST', path: '/api/catalogue/import', keys: ['name', 'dryRun', 'replace', 'centre'] },
];

/** Every route with a path parameter; `:x` is where the junk goes, and a body, when there is one, is valid. */
export const paramTargets = (w: World): ParamTarget[] => [
  { group: 'users', method: 'PATCH', path: '/api/users/:x', schema: IdSchema, body: { displayName: 'Đổi tên' } },
  { group: 'users', method: 'POST', path: '/api/users/:x/password', schema: IdSchema, body: { password: 'another long password' } },
  { group: 'pairings', method: 'POST', path: '/api/pairings/:x/claim', schema: IdSchema, body: { claimSecret: w.pairing.claimSecret } },
  { group: 'devices', method: 'PATCH', path: '/api/devices/:x', schema: IdSchema, body: { name: 'Sảnh A' } },
  ...(['revoke', 'reload', 'screenshot'] as const).map((action): ParamTarget => ({ group: 'devices', method: 'POST', path: `/api/devices/:x/${action}`, schema: IdSchema })),
  { group: 'devices', method: 'GET', path: '/api/devices/:x/screenshot', schema: IdSchema },
  { group: 'playlists', method: 'GET', path: '/api/playlists/:x', schema: IdSchema },
  { group: 'playlists', method: 'PUT', path: '/api/playlists/:x', schema: IdSchema, body: { ...DRAFT, baseRevision: 0 } },
  { group: 'playlists', method: 'POST', path: '/api/playlists/:x/publish', schema: IdSchema },
  { group: 'playlists', method: 'GET', path: '/api/playlists/:x/versions', schema: IdSchema },
  { group: 'playlists', method: 'POST', path: '/api/playlists/:x/rollback', schema: IdSchema, body: { version: 1 } },
  { group: 'emergencies', method: 'DELETE', path: '/api/emergencies/:x', schema: IdSchema },
  { group: 'plan-targets', method: 'PUT', path: '/api/plan-targets/:x', schema: IdSchema, body: PLAN },
  { group: 'plan-targets', method: 'DELETE', path: '/api/plan-targets/:x', schema: IdSchema },
  { group: 'surveys', method: 'POST', path: '/api/surveys/forms/:x', schema: IdSchema, body: FORM_EDIT },
  { group: 'media', method: 'DELETE', path: '/api/media/:x', schema: Sha256Schema },
  { group: 'media', method: 'GET', path: '/api/media/:x/poster', schema: Sha256Schema },
  { group: 'media', method: 'GET', path: '/media/:x', schema: Sha256Schema },
  // "index" is the sibling route GET /api/procedures/index, not a code.
  { group: 'procedures', method: 'GET', path: '/api/procedures/:x', schema: ProcedureCodeSchema, siblings: ['index'] },
];

/** A valid payload of each device event. */
export const socketSamples = (w: World): Record<keyof typeof ClientEventSchemas, unknown> => ({
  'playlist:ack': { playlistId: w.playlistId, version: 1 },
  'impression:batch': { impressions: [impression(w)] },
  'impression:summary': { summaries: [summary(w)] },
  'device:heartbeat': { playing: { playlistId: w.playlistId, version: 1 }, currentItemId: 'item-1', uptimeMs: 1000, cachedItems: 3, jsHeapBytes: 1_000_000, appVersion: '1.0.0' },
  'clock:sync': { clientTime: now },
});
