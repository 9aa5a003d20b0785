import { spotlightOf } from '@hcc/shared/catalogue/spotlight';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useFit } from './fit';
import { cachedProcedure, loadProcedure } from './procedure-cache';
import { QrImage } from './QrImage';

interface Props {
  code: string;
  onReady?: (() => void) | undefined;
  onFailed?: ((why: string) => void) | undefined;
}

/** A procedure in the spotlight: what it is, how to apply, how long, what it costs; the rest is on the phone. */
export function ProcedureSlide({ code, onReady, onFailed }: Props) {
  const [p, setP] = useState<Procedure | null | undefined>(() => cachedProcedure(code));
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
  return <ProcedureCard procedure={p} onReady={onReady} />;
}

function ProcedureCard({ procedure: p, onReady }: { procedure: Procedure; onReady?: (() => void) | undefined }) {
  const s = useMemo(() => spotlightOf(p), [p]);
  const main = useRef<HTMLDivElement>(null);
  // Short spotlights grow (to 1.3×) into the space a long one needs.
  useFit(main, [s], { max: 1.3 });
  return (
    <div class="slide slide-with-aside slide-procedure" data-testid="procedure-slide" data-code={p.code}>
      <div class="slide-column proc-main" ref={main}>
        <div class="proc-field">Thủ tục hành chính · {s.field}</div>
        <h1 lang="vi">{s.name}</h1>
        {s.rows.length > 0 && (
          <table class="proc-channels">
            <thead>
              <tr>
                <th>Cách nộp</th>
                <th>Thời hạn</th>
                <th>Phí, lệ phí</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr>
                  <td>{r.channel}</td>
                  <td>{r.time}</td>
                  <td>
                    {r.fee}
                    {r.feeDetailed && <sup aria-hidden="true">*</sup>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {s.feeDetailed && <p class="proc-note">* Mức phí chi tiết theo từng trường hợp: quét mã QR để xem.</p>}
        {s.agency && <p class="proc-agency">Nơi tiếp nhận: {s.agency}</p>}
      </div>
      {p.portalUrl && (
        <div class="slide-aside-qr proc-qr">
          <QrImage text={p.portalUrl} onReady={onReady} />
          <p>Quét mã để xem đủ hồ sơ, mức phí và nộp trực tuyến</p>
        </div>
      )}
    </div>
  );
}
