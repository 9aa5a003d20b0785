/**
 * The whole HTTP contract in one map: every JSON route of /api by feature area. Front ends import the
 * area they call (so the kiosk bundle carries only its own schemas); this map is for what looks at
 * every route at once (the contract's own checks, docs).
 *
 * Outside the contract, because their bodies or answers are files or streams: media uploads
 * (POST /api/media) and poster frames (PUT/GET /api/media/:id/poster), the media files (/media/:id),
 * screenshots' JPEG (GET /api/devices/:id/screenshot), slide pictures (PUT/GET /api/slide-pictures/:key), the catalogue and dossier imports (POST /api/catalogue/import, /api/dossiers/import)
 * and its index with its ETag (GET /api/procedures/index), the report in its formats (GET /api/reports,
 * /api/reports/archive/:id[/docx]), the audit log as JSON or CSV (GET /api/audit), the chain check
 * (GET /api/impressions/integrity), and /healthz, /readyz.
 */
import { deviceSelfApi } from './device-self';
import { deviceApi } from './devices';
import { pairingApi } from './pairing';
import { linkApi } from './links';
import { procedureApi } from './procedures';
import { surveyResultsApi } from './survey-results';
import { usageApi } from './usage';
import { centreApi } from './centres';
import { dossierApi } from './dossiers';
import { emergencyApi } from './emergencies';
import { impressionApi } from './impressions';
import { mediaApi } from './media';
import { planApi, registerApi } from './plans';
import { playlistApi, slidePictureApi } from './playlists';
import { reportApi } from './reports';
import { searchLexiconApi } from './search-lexicon';
import { authApi, userApi } from './staff';
import { surveyApi } from './surveys';

export const api = {
  auth: authApi,
  users: userApi,
  centres: centreApi,
  pairings: pairingApi,
  devices: deviceApi,
  deviceSelf: deviceSelfApi,
  playlists: playlistApi,
  slidePictures: slidePictureApi,
  media: mediaApi,
  emergencies: emergencyApi,
  impressions: impressionApi,
  procedures: procedureApi,
  usage: usageApi,
  links: linkApi,
  surveys: surveyApi,
  surveyResults: surveyResultsApi,
  plans: planApi,
  register: registerApi,
  reports: reportApi,
  searchLexicon: searchLexiconApi,
  dossiers: dossierApi,
};
