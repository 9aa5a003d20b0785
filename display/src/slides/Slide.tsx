import { channelRows } from '@hcc/shared/catalogue/channel-rows';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import type { PlaylistItem } from '@hcc/shared/schemas/playlist';
import { useEffect, useState } from 'preact/hooks';
import { ImageSlide, VideoSlide } from './MediaSlides';
import { loadProcedure } from './procedure-cache';
import { QrImage } from './QrImage';
import { SurveyResultsSlide } from './SurveyResultsSlide';
import './slides.css';

export interface SlideProps {
  item: PlaylistItem;
  /** On screen (the default) or being prepared behind the visible layer. */
  active?: boolean;
  /** The slide can show its first frame: the player may swap it in. */
  onReady?: () => void;
  /** The item ended by itself (a video reached its end). */
  onEnded?: () => void;
  /** The item cannot be shown (missing file, unsupported codec, corrupt image, stalled video). */
  onFailed?: (why: string) => void;
}

/** Kinds drawn from data already in hand: ready as soon as they are mounted. */
const IMMEDIATE = new Set<PlaylistItem['kind']>(['text', 'ticker', 'survey_results', 'emergency']);

/**
 * One renderer per item kind, shared by the TV player and the console's live preview so that what
 * staff preview is exactly what the waiting room sees.
 */
export function Slide({ item, active = true, onReady, onEnded, onFailed }: SlideProps) {
  useEffect(() => {
    if (IMMEDIATE.has(item.kind)) onReady?.();
  }, [item]);
  switch (item.kind) {
    case 'video':
      return <VideoSlide mediaId={item.mediaId} caption={item.caption} alt={item.title} active={active} onReady={onReady} onEnded={onEnded} onFailed={onFailed} />;
    case 'image':
      return <ImageSlide mediaId={item.mediaId} caption={item.caption} alt={item.title} active={active} onReady={onReady} onFailed={onFailed} />;
    case 'text':
      return (
        <div class="slide slide-text">
          <h1>{item.heading}</h1>
          {item.body.split('\n').map((line) => (
            <p>{line}</p>
          ))}
        </div>
      );
    case 'ticker':
      return (
        <div class="slide slide-text">
          <p class="big">{item.text}</p>
        </div>
      );
    case 'qr':
      return (
        <div class="slide slide-qr">
          <QrImage text={item.url} level={item.ecLevel} class="qr qr-large" onReady={onReady} />
          <p class="qr-caption">{item.caption}</p>
        </div>
      );
    case 'procedure':
      return <ProcedureSlide code={item.procedureCode} onReady={onReady} onFailed={onFailed} />;
    case 'survey_results':
      return <SurveyResultsSlide period={item.period} />;
    case 'emergency':
      return <EmergencyCard text={item.text} severity={item.severity} />;
  }
}

function ProcedureSlide({ code, onReady, onFailed }: { code: string; onReady?: (() => void) | undefined; onFailed?: ((why: string) => void) | undefined }) {
  const [p, setP] = useState<Procedure | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadProcedure(code).then((v) => {
      if (!live) return;
      setP(v);
      if (!v) onFailed?.(`procedure ${code} not available`);
      else if (!v.portalUrl) onReady?.();
    });
    return () => {
      live = false;
    };
  }, [code]);
  if (!p) return <div class="slide slide-text" />;
  return (
    <div class="slide slide-procedure">
      <div class="proc-main">
        <div class="proc-field">Thủ tục hành chính · {p.field}</div>
        <h1>{p.name}</h1>
        {p.channels.length > 0 && (
          <table class="proc-channels">
            <thead>
              <tr>
                <th>Cách nộp</th>
                <th>Thời hạn</th>
                <th>Phí, lệ phí</th>
              </tr>
            </thead>
            <tbody>
              {channelRows(p).map((r) => (
                <tr>
                  <td>{r.channel}</td>
                  <td>{r.time}</td>
                  <td>{r.fee}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {p.agency && <p class="proc-agency">Nơi tiếp nhận: {p.agency}</p>}
      </div>
      {p.portalUrl && (
        <div class="proc-qr">
          <QrImage text={p.portalUrl} onReady={onReady} />
          <p>Quét mã để xem chi tiết và nộp trực tuyến</p>
        </div>
      )}
    </div>
  );
}

export function EmergencyCard({ text, severity }: { text: string; severity: 'info' | 'warning' | 'danger' }) {
  return (
    <div class={`slide slide-emergency sev-${severity}`} data-testid="emergency" role="alert">
      <div class="emergency-label">THÔNG BÁO KHẨN</div>
      <p>{text}</p>
    </div>
  );
}
