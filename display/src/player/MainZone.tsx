import { nextItem } from '@hcc/shared/playback/next-item';
import { toImpression } from '@hcc/shared/playback/impression';
import { evaluateSchedule } from '@hcc/shared/schedule/evaluate';
import type { Impression } from '@hcc/shared/schemas/impression';
import type { PlaylistItem, PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Slide } from '../slides/Slide';

interface Showing {
  item: PlaylistItem;
  n: number;
  startedWallMs: number;
  startedMono: number;
}

interface Props {
  version: PlaylistVersion | null;
  deviceId: string | null;
  offsetMs: () => number;
  onImpression: (i: Impression) => void;
  onItem: (itemId: string | null) => void;
  fallback: preact.ComponentChildren;
}

/** How often an empty schedule is looked at again, so a daypart that opens is picked up. */
const IDLE_RECHECK_MS = 15_000;

/**
 * The main zone's loop: shows each scheduled item for its duration (or until its video ends), skips
 * items that fail, records every showing, and restarts at the top when a new version arrives.
 */
export function MainZone({ version, deviceId, offsetMs, onImpression, onItem, fallback }: Props) {
  const [showing, setShowing] = useState<Showing | null>(null);
  const current = useRef<Showing | null>(null);
  const broken = useRef(new Set<string>());
  const counter = useRef(0);
  const versionRef = useRef(version);
  const [idleTick, setIdleTick] = useState(0);

  const finish = (reason: Impression['reason']) => {
    const s = current.current;
    const v = versionRef.current;
    if (!s || !v || !deviceId) return;
    onImpression(
      toImpression({
        id: crypto.randomUUID(),
        deviceId,
        itemId: s.item.id,
        playlistId: v.playlistId,
        playlistVersion: v.version,
        startedWallMs: s.startedWallMs,
        startedMono: s.startedMono,
        endedMono: performance.now(),
        offsetMs: offsetMs(),
        reason,
      }),
    );
  };

  /** End the current showing (with `reason`, or silently when it was already closed) and start the next. */
  const advance = (reason: Impression['reason'] | null, restart = false) => {
    if (reason) finish(reason);
    const v = versionRef.current;
    const loop = v ? evaluateSchedule(v.items, Date.now() + offsetMs()).main : [];
    const next = nextItem(loop, restart ? null : (current.current?.item.id ?? null), broken.current);
    counter.current += 1;
    const s = next ? { item: next, n: counter.current, startedWallMs: Date.now(), startedMono: performance.now() } : null;
    current.current = s;
    setShowing(s);
    onItem(s?.item.id ?? null);
  };

  useEffect(() => {
    // The showing being cut short belongs to the old version: record it before switching.
    finish('preempted');
    versionRef.current = version;
    broken.current.clear();
    advance(null, true);
  }, [version]);

  useEffect(() => {
    if (!showing) {
      const t = setTimeout(() => {
        advance(null, true);
        setIdleTick((n) => n + 1);
      }, IDLE_RECHECK_MS);
      return () => clearTimeout(t);
    }
    const n = showing.n;
    const t = setTimeout(() => current.current?.n === n && advance('completed'), showing.item.durationMs);
    return () => clearTimeout(t);
  }, [showing, idleTick]);

  if (!showing) {
    return (
      <div class="zone-main" data-testid="now-playing" data-kind="fallback" data-item-id="" data-playlist-version={version?.version ?? ''}>
        {fallback}
      </div>
    );
  }
  const n = showing.n;
  return (
    <div class="zone-main" key={n} data-testid="now-playing" data-item-id={showing.item.id} data-kind={showing.item.kind} data-playlist-version={version?.version ?? ''}>
      <Slide
        item={showing.item}
        onEnded={() => current.current?.n === n && advance('completed')}
        onFailed={() => {
          if (current.current?.n !== n) return;
          broken.current.add(showing.item.id);
          advance('failed');
        }}
      />
    </div>
  );
}
