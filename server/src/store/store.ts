import { sql } from 'kysely';
import { type AuditRepo, auditRepo } from '../audit/repo';
import { type SessionRepo, sessionRepo, type UserRepo, userRepo } from '../auth/repo';
import { type CentreRepo, centreRepo } from '../centres/repo';
import { isPostgres, type Kdb, sqliteKysely } from '../db/kysely';
import type { Db } from '../db/sqlite';
import { type DeviceRepo, deviceRepo, type PairingRepo, pairingRepo } from '../devices/repo';
import { type ConnectorRepo, kyselyConnectorRepo } from '../dossiers/connector-repo';
import { type DossierRepo, kyselyDossierRepo } from '../dossiers/repo';
import { type EmergencyRepo, emergencyRepo } from '../emergencies/repo';
import { ephemeralLogKey, type LogKey } from '../impressions/log-key';
import type { ImpressionRepo } from '../impressions/repo';
import { sqliteImpressionRepo } from '../impressions/sqlite-repo';
import { type MediaRepo, mediaRepo } from '../media/repo';
import { type PlanRepo, planRepo } from '../plans/repo';
import { type PlaylistRepo, playlistRepo } from '../playlists/repo';
import { type SlidePictureRepo, slidePictureRepo } from '../playlists/slide-picture-repo';
import { type ProcedureRepo, procedureRepo } from '../procedures/repo';
import { type RegisterRepo, registerRepo } from '../register/repo';
import { type SearchLexiconRepo, searchLexiconRepo } from '../search-lexicon/repo';
import { type ReportArchiveRepo, reportArchiveRepo } from '../reports/archive-repo';
import { type SurveyRepo, surveyRepo } from '../surveys/repo';
import { type UsageRepo, usageRepo } from '../usage/repo';

/**
 * Everything the server persists, one repository per feature. Methods are async and speak in domain
 * objects, never rows or SQL, so handlers do not know which engine is under them.
 */
export interface Store {
  centres: CentreRepo;
  users: UserRepo;
  sessions: SessionRepo;
  devices: DeviceRepo;
  pairings: PairingRepo;
  media: MediaRepo;
  emergencies: EmergencyRepo;
  playlists: PlaylistRepo;
  slidePictures: SlidePictureRepo;
  impressions: ImpressionRepo;
  procedures: ProcedureRepo;
  audit: AuditRepo;
  usage: UsageRepo;
  searchLexicon: SearchLexiconRepo;
  surveys: SurveyRepo;
  plans: PlanRepo;
  register: RegisterRepo;
  reports: ReportArchiveRepo;
  dossiers: DossierRepo;
  connectors: ConnectorRepo;
  ping(): Promise<void>;
  /**
   * Runs what a starting node does once for the whole deployment (create the first admin, seed the
   * demo) while no other node does the same, so nodes started together take turns instead of colliding.
   */
  startupTurn<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** What the engine-specific stores add to the repositories written once. */
type EngineParts = 'impressions' | 'startupTurn' | 'close';

/** The repositories written once with Kysely, the same on either engine. */
export function sharedRepos(db: Kdb, key: LogKey): Omit<Store, EngineParts> {
  return {
    centres: centreRepo(db),
    users: userRepo(db),
    sessions: sessionRepo(db),
    devices: deviceRepo(db),
    pairings: pairingRepo(db),
    media: mediaRepo(db),
    emergencies: emergencyRepo(db),
    playlists: playlistRepo(db),
    slidePictures: slidePictureRepo(db),
    procedures: procedureRepo(db),
    audit: auditRepo(db),
    usage: usageRepo(db),
    searchLexicon: searchLexiconRepo(db),
    surveys: surveyRepo(db),
    plans: planRepo(db),
    register: registerRepo(db),
    reports: reportArchiveRepo(db),
    dossiers: kyselyDossierRepo(db, isPostgres(db), key),
    connectors: kyselyConnectorRepo(db),
    ping: async () => void (await sql`SELECT 1`.execute(db)),
  };
}

export function sqliteStore(db: Db, key: LogKey = ephemeralLogKey()): Store {
  const k = sqliteKysely(db);
  return {
    ...sharedRepos(k, key),
    impressions: sqliteImpressionRepo(db, key, k),
    // One process owns an SQLite file (it is the single-node store): nobody to take turns with.
    startupTurn: (work) => work(),
    close: async () => void db.close(),
  };
}
