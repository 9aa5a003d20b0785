import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { requireSameOrigin } from './auth/same-origin';
import { isSecureRequest } from './auth/session';
import { userRoutes } from './auth/users-routes';
import { centreRoutes } from './centres/routes';
import type { Deps } from './context';
import { deviceRoutes, deviceSelfRoutes, pairingRoutes } from './devices/routes';
import { coalesced, resendDeviceState } from './devices/resync';
import { attachDeviceSockets } from './devices/socket';
import { HttpPresence } from './devices/http-presence';
import { slidePictureRoutes } from './playlists/slide-picture-routes';
import { DeviceStateWriter } from './devices/state-writer';
import { dossierConsoleRoutes } from './dossiers/console-routes';
import { scheduleFeedWatch } from './dossiers/pull';
import { dossierRoutes } from './dossiers/routes';
import { dossierScreens } from './dossiers/screens';
import { emergencyRoutes } from './emergencies/routes';
import { answerUnreadableRequests } from './http/client-errors';
import { boundSlowClients } from './http/slow-clients';
import { AppError, errorMiddleware } from './http/errors';
import { APPS, staticApp } from './http/static-apps';
import { jsonBody } from './http/json-body';
import { scheduleChainChecks } from './impressions/chain-checks';
import { scheduleRetention } from './privacy/retention';
import { impressionRoutes } from './impressions/routes';
import { catalogueRoutes } from './catalogue/routes';
import { linkRoutes } from './links/routes';
import { surveyRoutes } from './surveys/routes';
import { planRoutes } from './plans/routes';
import { registerRoutes } from './register/routes';
import { reportRoutes } from './reports/routes';
import { usageRoutes } from './usage/routes';
import { searchLexiconRoutes } from './search-lexicon/routes';
import { mediaApiRoutes, mediaDir, mediaFileRoutes } from './media/routes';
import { sweepIncoming } from './media/upload';
import { playlistRoutes } from './playlists/routes';
import { Catalogue } from './procedures/catalogue';
import { procedureRoutes } from './procedures/routes';
import { type Cluster, singleNode } from './realtime/cluster';
import { createHub, type Hub } from './realtime/hub';
import { createIo, type DeviceIo } from './realtime/io';
import { OtherNodes } from './realtime/other-nodes';
import { Presence } from './realtime/presence';
import { DeviceBudget, SocketGate } from './realtime/socket-guard';
import { attachStaffSockets } from './realtime/staff-socket';
import type { TrustProxy } from './security/client-address';
import { publicQuotas } from './security/network-quota';

/** The apps' icon (server/public/favicon.svg drawn at 16, 32 and 48 px), so browsers asking for it get one, not a 404. */
const FAVICON = fileURLToPath(new URL('../public/favicon.ico', import.meta.url));

export interface App {
  http: HttpServer;
  io: DeviceIo;
  hub: Hub;
  catalogue: Catalogue;
  close(): Promise<void>;
}

/**
 * Build the whole server from its dependencies; nothing here reads the environment or a global.
 * `cluster` links it to the other nodes of a deployment (its owner closes it); alone by default.
 */
export async function createApp(deps: Deps, cluster: Cluster = singleNode()): Promise<App> {
  const app = express();
  // Timeouts are checked every 5 s rather than Node's 30 s, so a slow client is dropped near its bound.
  const http = createHttpServer({ connectionsCheckingInterval: 5_000 }, app);
  answerUnreadableRequests(http);
  // Before the sockets: their gate reads the client's address by the same rule as Express.
  app.set('trust proxy', deps.config.trustProxy);
  const gate = new SocketGate(cluster.limiter, deps.config.limits.sockets, deps.log, () => app.get('trust proxy fn') as TrustProxy);
  const budget = new DeviceBudget(cluster.limiter, deps.config.limits.device, deps.log);
  const quotas = publicQuotas(cluster.limiter, deps.config.limits.public);
  boundSlowClients(http, deps.config.limits.connections, () => app.get('trust proxy fn') as TrustProxy, deps.log);
  const { io, staff } = createIo(http, cluster.adapter, gate.allowRequest);
  const others = cluster.isShared ? new OtherNodes(io, staff, deps.log, deps.config.nodeId, deps.config.nodeHeartbeatMs) : null;
  const presence = new Presence(others);
  const hub = createHub(io, staff, presence, deps.clock, others);
  const states = new DeviceStateWriter(deps, hub);
  const httpPresence = new HttpPresence(deps);
  const catalogue = new Catalogue(deps.store);
  // Before any await: the other nodes count this one, and may ask it, as soon as its adapter is up.
  others?.answer(presence, async () => {
    await catalogue.reload();
    hub.announceCatalogue('another node');
  });
  // Consoles here hear of the screens a dead node took with it (the devices list asks the live nodes).
  others?.whenNodeLost(async () => {
    if (!staff.sockets.size) return;
    for (const d of await hub.toDevices(await deps.store.devices.list())) if (!d.online) staff.local.emit('device:state', d);
  });
  // Broadcasts lost across a cut link to Redis (a publish, an emergency, a revoke) reach the devices
  // once it is whole again, from the database.
  const resync = coalesced(
    () => resendDeviceState(deps, io),
    (err) => deps.log.error({ err }, 'could not resend the devices their state after a Redis outage'),
  );
  others?.whenOtherRelinked(resync);
  cluster.onRelinked(() => others?.relinked(resync));
  // Sessions this node left open when it last stopped without closing them (a crash, a kill -9).
  await deps.store.devices.closeOrphanSessions(deps.config.nodeId);
  await catalogue.reload();
  // Uploads a crash or a cut connection left half-written: they hold disk space and nothing else.
  const swept = await sweepIncoming(mediaDir(deps), deps.config.nodeId, deps.clock());
  if (swept) deps.log.info({ swept }, 'removed half-written uploads from media/.incoming');

  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Styles come only from the built sheets: Preact sets style props through the CSSOM, which the
          // policy does not govern, and the slide pictures' SVG (dom-picture.ts) is an image with no policy of the page's.
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          workerSrc: ["'self'"],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      // Players fetch media cross-origin-isolated neither way; the default would block nothing we use.
      crossOriginEmbedderPolicy: false,
      // Set below, only when the page came over HTTPS.
      strictTransportSecurity: false,
    }),
  );
  // HSTS means something only over HTTPS (the public address, or the trusted proxy's), and this server
  // speaks for its own host only: a province's other sites under the same domain may still be plain HTTP.
  app.use((req, res, next) => {
    if (isSecureRequest(req, deps.config.publicUrl)) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    next();
  });

  // gzip or brotli for what compresses (the kiosk's procedure index, scripts, JSON); never for media
  // (already compressed, and streamed with ranges) or socket.io (it frames its own messages).
  app.use(compression({ filter: (req, res) => !/^\/(media|socket\.io)\//.test(req.path) && compression.filter(req, res) }));
  app.get('/favicon.ico', (_req, res) => res.sendFile(FAVICON, { maxAge: '365d', headers: { 'Content-Type': 'image/x-icon', 'Content-Security-Policy': "default-src 'none'" } }));

  app.get('/healthz', (_req, res) => void res.json({ ok: true }));
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.json({ ok: true });
    } catch (err) {
      deps.log.warn({ err }, 'readiness check failed');
      res.status(503).json({ ok: false, code: 'internal', message: 'The database is not reachable.' });
    }
  });

  const api = express.Router();
  api.use(requireSameOrigin(deps.config.publicUrl));
  // Before the JSON parser: the import's body is a file, tens of megabytes.
  api.use('/catalogue', catalogueRoutes(deps, catalogue, hub));
  // Also before it: a connector's batch and an imported export are larger than the API's other bodies.
  const screens = dossierScreens(deps, hub);
  api.use('/dossiers', dossierRoutes(deps, screens, cluster.limiter, quotas), dossierConsoleRoutes(deps, screens, hub));
  api.use(jsonBody('512kb'));
  api.use('/auth', authRoutes(deps, cluster.limiter, hub));
  api.use('/users', userRoutes(deps, hub));
  api.use('/audit', auditRoutes(deps));
  api.use('/centres', centreRoutes(deps));
  api.use('/register', registerRoutes(deps));
  api.use('/pairings', pairingRoutes(deps, hub, cluster.limiter, quotas));
  api.use('/devices', deviceRoutes(deps, hub, states));
  api.use('/device', deviceSelfRoutes(deps, hub, states, httpPresence, budget));
  api.use('/media', mediaApiRoutes(deps, cluster.limiter));
  api.use('/playlists', playlistRoutes(deps, hub));
  api.use('/slide-pictures', slidePictureRoutes(deps));
  api.use('/emergencies', emergencyRoutes(deps, hub));
  api.use('/impressions', impressionRoutes(deps, httpPresence, cluster.limiter, budget));
  api.use('/procedures', procedureRoutes(deps, catalogue, quotas));
  api.use('/links', linkRoutes(deps));
  api.use('/usage', usageRoutes(deps, catalogue, cluster.limiter));
  api.use('/search-lexicon', searchLexiconRoutes(deps, catalogue, hub));
  api.use('/surveys', surveyRoutes(deps, hub, catalogue, cluster.surveySalt, cluster.limiter, quotas));
  api.use('/reports', reportRoutes(deps, cluster.limiter));
  api.use('/plan-targets', planRoutes(deps));
  api.use((req) => {
    throw new AppError('not_found', `No API route ${req.method} ${req.baseUrl}${req.path}.`);
  });
  app.use('/api', api);
  app.use('/media', mediaFileRoutes(deps, quotas));
  for (const a of APPS) app.use(a.mount, staticApp(a.dir, a));
  app.get('/', (_req, res) => res.redirect('/console/'));
  // Not Express's HTML page: the same JSON error as any other refusal, in the apps' language.
  app.use((req) => {
    throw new AppError('not_found', `Không có trang ${req.path} (nothing here: the apps are at /display/, /kiosk/ and /console/).`);
  });
  app.use(errorMiddleware(deps.log));

  attachDeviceSockets(deps, io, hub, presence, states, { gate, budget });
  attachStaffSockets(deps, staff, gate);
  const stopChainChecks = scheduleChainChecks(deps);
  const stopRetention = scheduleRetention(deps);
  const stopFeedWatch = scheduleFeedWatch(deps, screens, hub);

  return {
    http,
    io,
    hub,
    catalogue,
    close: async () => {
      stopChainChecks();
      others?.stop();
      stopRetention();
      stopFeedWatch();
      await states.flush();
      await io.close();
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
