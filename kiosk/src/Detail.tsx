import { channelRows } from '@hcc/shared/catalogue/channel-rows';
import { qrDataUrl } from '@hcc/shared/qr/image';
import { LEVEL_LABELS, type Procedure } from '@hcc/shared/schemas/procedure';
import { useEffect, useState } from 'preact/hooks';
import { loadProcedure } from './api';
import { useT } from './i18n';
import { record } from './usage';

/** The procedure's own page on this server: what the QR carries when the portal has none for it. */
const pageOnThisServer = (code: string) => `${location.origin}/kiosk/?p=${encodeURIComponent(code)}`;

export function Detail({ code, onBack }: { code: string; onBack: () => void }) {
  const t = useT();
  const [p, setP] = useState<Procedure | null | undefined>(undefined);
  useEffect(() => {
    void loadProcedure(code).then(setP);
    record({ kind: 'view', code });
  }, [code]);
  if (p === undefined) return <p class="muted">{t('Đang tải…', 'Loading…')}</p>;
  if (p === null)
    return (
      <div>
        <p>{t('Không tải được thủ tục này (có thể do mất mạng). Vui lòng hỏi cán bộ tại quầy.', 'This procedure could not be loaded (the network may be down). Please ask at the counter.')}</p>
        <button onClick={onBack}>‹ {t('Quay lại', 'Back')}</button>
      </div>
    );
  const withheld = p.source.flags.includes('wrong-page') || p.source.flags.includes('list-only');
  return (
    <article class="detail" data-testid="procedure-detail">
      <button class="back" data-testid="detail-back" onClick={onBack}>
        ‹ {t('Quay lại', 'Back')}
      </button>
      <p class="muted">
        {p.field} · {p.level.map((l) => LEVEL_LABELS[l]).join(', ')} · Mã {p.code}
      </p>
      <h1>{p.name}</h1>
      {withheld && <p class="notice">Chưa có thông tin chi tiết đáng tin cậy cho thủ tục này. Vui lòng hỏi cán bộ tại quầy tiếp nhận.</p>}
      <div class="detail-grid">
        <div>
          {p.channels.length > 0 && (
            <section>
              <h2>Cách thức nộp, thời hạn và lệ phí</h2>
              <table>
                <thead>
                  <tr>
                    <th>Cách nộp</th>
                    <th>Thời hạn giải quyết</th>
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
            </section>
          )}
          {p.dossier.length > 0 && (
            <section>
              <h2>Thành phần hồ sơ</h2>
              <ol>
                {p.dossier.map((d) => (
                  <li>
                    {d.name} {d.copies && <span class="muted">({d.copies})</span>}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {p.steps.length > 0 && (
            <section>
              <h2>Trình tự thực hiện</h2>
              <ol>
                {p.steps.map((s) => (
                  <li>{s}</li>
                ))}
              </ol>
            </section>
          )}
          {p.agency && (
            <section>
              <h2>Cơ quan thực hiện, nơi nộp hồ sơ</h2>
              <p>{p.agency}</p>
            </section>
          )}
          {p.requirements && (
            <section>
              <h2>Yêu cầu, điều kiện</h2>
              <p>{p.requirements}</p>
            </section>
          )}
          {p.result && (
            <section>
              <h2>Kết quả</h2>
              <p>{p.result}</p>
            </section>
          )}
          {p.legalBasis.length > 0 && (
            <section>
              <h2>Căn cứ pháp lý</h2>
              <ul>
                {p.legalBasis.map((l) => (
                  <li>
                    {l.title} {l.number && <strong>({l.number})</strong>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside class="take-away">
          <img class="qr" src={qrDataUrl(p.portalUrl ?? pageOnThisServer(p.code))} alt={t('Mã QR của thủ tục', 'QR code of the procedure')} data-testid="procedure-qr" />
          <p>{p.portalUrl ? 'Quét mã bằng điện thoại để xem thủ tục và nộp hồ sơ trực tuyến' : 'Quét mã bằng điện thoại để mang thông tin thủ tục này theo'}</p>
        </aside>
      </div>
    </article>
  );
}
