import { newShowingId } from './showing-id';
import type { Impression } from '@hcc/shared/schemas/impression';
import type { PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Slide } from '../slides/Slide';
import { LoopController, type LoopView } from './loop-controller';

interface Props {
  version: PlaylistVersion | null;
  deviceId: string | null;
  /** The screen's centre, for slides about it (its survey results); null until the screen knows it. */
  centreId: string | null;
  /** The screen's pairing token, for slides that read the centre's own data (its ready dossiers). */
  deviceToken: string | null;
  offsetMs: () => number;
  onImpression: (i: Impression) => void;
  onItem: (itemId: string | null) => void;
  fallback: preact.ComponentChildren;
}

/**
 * The main zone: two stacked layers driven by the LoopController. The back layer prepares the next
 * item at full size but invisible, and the swap is a class change in one render, so the first frame
 * of the next item replaces the last frame of the current one with nothing in between.
 */
export function MainZone({ version, deviceId, centreId, deviceToken, offsetMs, onImpression, onItem, fallback }: Props) {
  const [view, setView] = useState<LoopView>({ slots: [null, null], front: null, version: null });
  const deviceRef = useRef(deviceId);
  deviceRef.current = deviceId;
  const controller = useRef<LoopController | null>(null);
  if (!controller.current) {
    controller.current = new LoopController({
      wallNow: () => Date.now(),
      monoNow: () => performance.now(),
      offsetMs,
      deviceId: () => deviceRef.current,
      newId: newShowingId,
      record: onImpression,
      render: setView,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    });
  }
  const loop = controller.current;
  useEffect(() => () => loop.dispose(), []);
  useEffect(() => {
    if (version) loop.setVersion(version);
  }, [version]);

  const front = view.front === null ? null : view.slots[view.front];
  useEffect(() => onItem(front?.item.id ?? null), [front?.n]);

  return (
    <div
      class="zone-main"
      data-testid="now-playing"
      data-item-id={front?.item.id ?? ''}
      data-kind={front?.item.kind ?? 'fallback'}
      data-playlist-id={front?.version.playlistId ?? ''}
      data-playlist-version={front?.version.version ?? ''}
    >
      {view.slots.map((s, i) => {
        const slot = i as 0 | 1;
        if (!s) return null;
        const isFront = view.front === slot;
        return (
          <div key={s.n} class={`layer ${isFront ? 'layer-front' : 'layer-back'}`}>
            <Slide
              item={s.item}
              centreId={centreId}
              deviceToken={deviceToken}
              active={isFront}
              onReady={() => loop.ready(slot, s.n)}
              onEnded={() => loop.ended(slot, s.n)}
              onFailed={() => loop.failed(slot, s.n)}
              onSkip={() => loop.skipped(slot, s.n)}
            />
          </div>
        );
      })}
      {front === null && <div class="layer layer-front">{fallback}</div>}
    </div>
  );
}
