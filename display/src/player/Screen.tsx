import { emergenciesFor } from '@hcc/shared/emergency/applies';
import { adoptionOf } from '@hcc/shared/playlists/adopt-version';
import { evaluateSchedule } from '@hcc/shared/schedule/evaluate';
import type { Centre } from '@hcc/shared/schemas/centre';
import type { Emergency } from '@hcc/shared/schemas/emergency';
import { HEARTBEAT_MS } from '@hcc/shared/schemas/device';
import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EmergencyCard } from '../slides/Slide';
import { Header, QrPanel, Ticker } from './Chrome';
import { type Credentials, saveCredentials } from './credentials';
import { type DeviceSocket, startSession } from './device-session';
import { ImpressionQueue } from './impression-queue';
import { keepAwake } from './device-life';
import { prefetchMedia } from './media-cache';
import { MainZone } from './MainZone';
import { loadCachedEmergencies, saveCachedEmergencies } from './emergency-cache';
import { loadCachedPlaylist, saveCachedPlaylist } from './playlist-cache';

const startedMono = performance.now();
/** The heartbeat names at most this many failing items (the schema's limit). */
const MAX_FAILED_REPORTED = 50;

/**
 * `?queueBound=N` on the player's URL makes its offline queue fold past N raw records instead of the
 * default 10,000, so a browser test reaches the bound in minutes. A TV's URL leaves it out.
 */
function queueBoundFromUrl(): number | undefined {
  const n = Number(new URLSearchParams(location.search).get('queueBound') ?? '');
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A paired screen: header, main loop, QR side panel, ticker, and emergencies over everything. */
export function Screen({ creds, onRevoked, onItemBoundary }: { creds: Credentials; onRevoked: () => void; onItemBoundary: () => void }) {
  const queue = useMemo(() => new ImpressionQueue({ bound: queueBoundFromUrl() }), []);
  /** Items of the version on air that failed to show and are being skipped: the screen wall shows them. */
  const failedItems = useRef(new Set<string>());
  const [version, setVersion] = useState<PlaylistVersion | null>(null);
  const [centre, setCentre] = useState<Centre | null>(null);
  const cachedMedia = useRef(0);
  const missingMedia = useRef(0);
  const prefetching = useRef(false);
  const [deviceId, setDeviceId] = useState<string | null>(creds.deviceId);
  const [emergencies, setEmergencies] = useState<Emergency[]>([]);
  /** Whether the server has said which emergencies are active: then the cached list is out of date. */
  const heardEmergencies = useRef(false);
  const takeEmergencies = (list: Emergency[]) => {
    heardEmergencies.current = true;
    setEmergencies(list);
    saveCachedEmergencies(list);
  };
  const [online, setOnline] = useState(false);
  const offset = useRef(0);
  const socket = useRef<DeviceSocket | null>(null);
  const currentItem = useRef<string | null>(null);
  const versionRef = useRef(version);
  const centreRef = useRef(centre);
  const [now, setNow] = useState(Date.now());

  const adopt = (v: PlaylistVersion) => {
    const adoption = adoptionOf(versionRef.current, v);
    if (adoption === 'stale') return;
    if (adoption === 'same') {
      ensureMedia(v); // a reload may have cut the last download short
      return ack(v);
    }
    versionRef.current = v;
    // A new version is tried afresh, as the loop tries its items afresh.
    failedItems.current.clear();
    setVersion(v);
    saveCachedPlaylist(v, centreRef.current);
    ack(v);
    ensureMedia(v);
  };
  /** One download pass at a time; passes repeat (on the heartbeat) until every file is cached. */
  const ensureMedia = (v: PlaylistVersion) => {
    if (prefetching.current) return;
    prefetching.current = true;
    void prefetchMedia(v)
      .then((r) => {
        cachedMedia.current = r.cached;
        missingMedia.current = r.missing;
      })
      .finally(() => (prefetching.current = false));
  };
  const ack = (v: PlaylistVersion) => socket.current?.connected && socket.current.emit('playlist:ack', { playlistId: v.playlistId, version: v.version });

  useEffect(() => {
    // Cold start: play the last good playlist at once; the server's answer replaces it if newer.
    void loadCachedPlaylist().then((c) => {
      if (!c) return;
      if (!centreRef.current) {
        centreRef.current = c.centre;
        setCentre(c.centre);
      }
      if (!versionRef.current) {
        versionRef.current = c.version;
        setVersion(c.version);
      }
    });
    void loadCachedEmergencies(Date.now() + offset.current).then((list) => heardEmergencies.current || setEmergencies(list));
    const releaseWake = keepAwake();
    const s = startSession(creds, queue, {
      onBootstrap(b) {
        setDeviceId(b.device.id);
        // A screen enrolled by link learns its id here. Kept, so that after a restart with the server
        // unreachable its showings are still recorded: the loop records none without an id.
        if (creds.deviceId !== b.device.id) saveCredentials({ token: creds.token, deviceId: b.device.id });
        centreRef.current = b.centre;
        setCentre(b.centre);
        takeEmergencies(b.emergencies);
        if (b.push) adopt(b.push.version);
      },
      onPush: (p) => adopt(p.version),
      onEmergencies: takeEmergencies,
      onOffset: (ms) => (offset.current = ms),
      onOnline: setOnline,
      onRevoked,
    });
    socket.current = s.socket;
    const hb = setInterval(() => {
      const v = versionRef.current;
      const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      if (v && missingMedia.current > 0 && s.socket.connected) ensureMedia(v);
      s.beat({
        playing: v ? { playlistId: v.playlistId, version: v.version } : null,
        currentItemId: currentItem.current,
        uptimeMs: Math.round(performance.now() - startedMono),
        cachedItems: cachedMedia.current,
        ...(mem ? { jsHeapBytes: mem.usedJSHeapSize } : {}),
        ...(failedItems.current.size ? { failedItemIds: [...failedItems.current].slice(0, MAX_FAILED_REPORTED) } : {}),
      });
    }, HEARTBEAT_MS);
    // Emergencies and tickers expire on the clock, not on a message.
    const tick = setInterval(() => setNow(Date.now()), 5_000);
    return () => {
      clearInterval(hb);
      clearInterval(tick);
      releaseWake();
      s.stop();
    };
  }, [creds.token]);

  const offsetMs = () => offset.current;
  const serverNow = now + offset.current;
  const schedule = version ? evaluateSchedule(version.items, serverNow) : { main: [], tickers: [], emergencies: [] };
  const alerts = [
    ...(deviceId && centre ? emergenciesFor(emergencies, { id: deviceId, centreId: centre.id }, serverNow) : emergencies),
    ...schedule.emergencies.flatMap((e) => (e.kind === 'emergency' ? [{ text: e.text, severity: e.severity }] : [])),
  ];

  return (
    <div class="screen">
      <Header centre={centre} offsetMs={offsetMs} online={online} />
      <MainZone
        version={version}
        deviceId={deviceId}
        centreId={centre?.id ?? null}
        deviceToken={creds.token}
        offsetMs={offsetMs}
        onImpression={(i) => {
          const v = versionRef.current;
          if (i.reason === 'failed' && v && i.playlistId === v.playlistId && i.playlistVersion === v.version) failedItems.current.add(i.itemId);
          queue.add(i);
        }}
        onItem={(id) => {
          currentItem.current = id;
          onItemBoundary();
        }}
        fallback={
          <div class="slide slide-text fallback">
            <h1>{centre?.name ?? 'Trung tâm Phục vụ hành chính công'}</h1>
            {centre?.address && <p>{centre.address}</p>}
            <p>Đường dây nóng: {centre?.hotline ?? '1022'}</p>
          </div>
        }
      />
      <QrPanel items={version?.items ?? []} hotline={centre?.hotline ?? '1022'} />
      <Ticker items={schedule.tickers} />
      {alerts.length > 0 && (
        <div class="emergency-cover">
          <EmergencyCard text={alerts.map((a) => a.text).join('\n')} severity={alerts.some((a) => a.severity === 'danger') ? 'danger' : (alerts[0]?.severity ?? 'warning')} />
        </div>
      )}
    </div>
  );
}
