import { channelRows } from '@hcc/shared/catalogue/channel-rows';
import { qrDataUrl } from '@hcc/shared/qr/encode';
import { LEVEL_LABELS, type Procedure } from '@hcc/shared/schemas/procedure';
import { useEffect, useState } from 'preact/hooks';
import { loadProcedure } from './api';

export function Detail({ code, onBack }: { code: string; onBack: () => void }) {
  const [p, setP] = useState<Procedure | null | undefined>(undefined);
  useEffect(() => {
    void loadProcedure(code).then(setP);
  }, [code]);
  if (p === undefined) return <p class="muted">Đang tải…</p>;
  if (p === null)
    return (
      <div>
        <p>Không tải được thủ tục này. Vui lòng hỏi cán bộ tại quầy.</p>
        <button onClick={onBack}>‹ Quay lại</button>
      </div>
    );
  return (
    <article class="detail" data-testid="procedure-detail">
      <button class="back" onClick={onBack}>
        ‹ Quay lại
      </button>
      <p class="muted">
        {p.field} · {p.level.map((l) => LEVEL_LABELS[l]).join(', ')} · Mã {p.code}
      </p>
      <h1>{p.name}</h1>
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
        {p.portalUrl && (
          <aside class="take-away">
            <img class="qr" src={qrDataUrl(p.portalUrl)} alt="Mã QR của thủ tục" data-testid="procedure-qr" />
            <p>Quét mã bằng điện thoại để xem thủ tục và nộp hồ sơ trực tuyến</p>
          </aside>
        )}
      </div>
    </article>
  );
}
