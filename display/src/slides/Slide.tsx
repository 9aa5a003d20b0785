import type { QrEcLevel } from '@hcc/shared/qr/image';
import type { PlaylistItem } from '@hcc/shared/schemas/playlist';
import { slideParagraphs } from '@hcc/shared/text/paragraphs';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useFit } from './fit';
import { ImageSlide, VideoSlide } from './MediaSlides';
import { ProcedureSlide } from './ProcedureSlide';
import { QrImage } from './QrImage';
import { SurveyResultsSlide } from './SurveyResultsSlide';
import './slides.css';

export interface SlideProps {
  item: PlaylistItem;
  /** The screen's centre, or the previewed playlist's; none, and the satisfaction slide shows every centre. */
  centreId?: string | null;
  /** The paired screen's token: a centre's ready list is served to its own screens (staff use their session). */
  deviceToken?: string | null;
  /** On screen (the default) or being prepared behind the visible layer. */
  active?: boolean;
  /** The slide can show its first frame: the player may swap it in. */
  onReady?: () => void;
  /** The item ended by itself (a video reached its end). */
  onEnded?: () => void;
  /** The item cannot be shown (missing file, unsupported codec, corrupt image, stalled video). */
  onFailed?: (why: string) => void;
  /** The item has nothing to show for now (a stale or empty dossier feed); the console's preview leaves it out and shows why. */
  onSkip?: () => void;
}

/** Kinds drawn from data already in hand: ready as soon as they are mounted. */
const IMMEDIATE = new Set<PlaylistItem['kind']>(['text', 'ticker', 'survey_results', 'emergency']);

/**
 * One renderer per item kind, shared by the TV player and the console's live preview so that what
 * staff preview is exactly what the waiting room sees.
 */
export function Slide({ item, centreId = null, deviceToken = null, active = true, onReady, onEnded, onFailed, onSkip }: SlideProps) {
  useEffect(() => {
    if (IMMEDIATE.has(item.kind)) onReady?.();
  }, [item]);
  switch (item.kind) {
    case 'video':
      return <VideoSlide mediaId={item.mediaId} caption={item.caption} alt={item.title} active={active} onReady={onReady} onEnded={onEnded} onFailed={onFailed} />;
    case 'image':
      return <ImageSlide mediaId={item.mediaId} caption={item.caption} alt={item.title} active={active} onReady={onReady} onFailed={onFailed} />;
    case 'text':
      return <TextSlide heading={item.heading} body={item.body} />;
    case 'ticker':
      return <TextSlide heading="" body={item.text} big />;
    case 'qr':
      return <QrSlide url={item.url} caption={item.caption} level={item.ecLevel} onReady={onReady} />;
    case 'procedure':
      return <ProcedureSlide code={item.procedureCode} onReady={onReady} onFailed={onFailed} />;
    case 'survey_results':
      return <SurveyResultsSlide centreId={centreId} period={item.period} minAnswers={item.minAnswers} />;
    case 'dossiers_ready':
    case 'dossier_results':
      return <DossierSlide item={item} active={active} centreId={centreId} deviceToken={deviceToken} onReady={onReady} onSkip={onSkip} />;
    case 'emergency':
      return <EmergencyCard text={item.text} severity={item.severity} />;
  }
}

type DossierSlides = typeof import('./dossier-slides');
/** One fetch of the chunk per page, shared by every dossier slide; dropped on failure so the next showing tries again. */
let dossierSlides: Promise<DossierSlides> | null = null;

/**
 * The dossier slides come with their first showing, not with every player update: they need the
 * network for their data anyway (offline they step aside), and most screens never show them.
 */
function DossierSlide({
  item,
  active,
  centreId,
  deviceToken,
  onReady,
  onSkip,
}: Required<Pick<SlideProps, 'active' | 'centreId' | 'deviceToken'>> & Pick<SlideProps, 'onReady' | 'onSkip'> & { item: Extract<PlaylistItem, { kind: 'dossiers_ready' | 'dossier_results' }> }) {
  const [slides, setSlides] = useState<DossierSlides | null>(null);
  useEffect(() => {
    let live = true;
    dossierSlides ??= import('./dossier-slides');
    dossierSlides.then(
      (m) => live && setSlides(m),
      () => {
        dossierSlides = null;
        if (live) onSkip?.();
      },
    );
    return () => void (live = false);
  }, []);
  if (!slides) return null;
  return item.kind === 'dossiers_ready' ? (
    <slides.DossiersReadySlide itemId={item.id} perPage={item.perPage} durationMs={item.durationMs} active={active} centreId={centreId} deviceToken={deviceToken} onReady={onReady} onSkip={onSkip} />
  ) : (
    <slides.DossierResultsSlide
      itemId={item.id}
      showCommunes={item.showCommunes}
      durationMs={item.durationMs}
      active={active}
      centreId={centreId}
      deviceToken={deviceToken}
      onReady={onReady}
      onSkip={onSkip}
    />
  );
}

function TextSlide({ heading, body, big = false }: { heading: string; body: string; big?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => slideParagraphs(body), [body]);
  // Down to 0.38 here: the schema allows 2,000 characters, even as one unbroken word on a portrait TV.
  useFit(box, [heading, body], { min: 0.38 });
  return (
    <div class={`slide slide-text${big ? ' slide-big' : ''}`} ref={box}>
      {heading.trim() && <h1>{heading}</h1>}
      {paragraphs.map((line) => (
        <p>{line}</p>
      ))}
    </div>
  );
}

function QrSlide({ url, caption, level, onReady }: { url: string; caption: string; level: QrEcLevel; onReady?: (() => void) | undefined }) {
  const box = useRef<HTMLParagraphElement>(null);
  useFit(box, [caption]);
  return (
    <div class="slide slide-qr">
      <QrImage text={url} level={level} class="qr qr-large" onReady={onReady} />
      <p class="qr-caption" ref={box}>
        <span>{caption}</span>
      </p>
    </div>
  );
}

export function EmergencyCard({ text, severity }: { text: string; severity: 'info' | 'warning' | 'danger' }) {
  const box = useRef<HTMLDivElement>(null);
  useFit(box, [text]);
  return (
    <div class={`slide slide-emergency sev-${severity}`} data-testid="emergency" role="alert" ref={box}>
      <div class="emergency-label">THÔNG BÁO KHẨN</div>
      <p>{text}</p>
    </div>
  );
}
