import { copiesLabel } from '@hcc/shared/catalogue/citizen-checklist';
import { channelRows } from '@hcc/shared/catalogue/channel-rows';
import type { Procedure } from '@hcc/shared/schemas/procedure';
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

/** The portal's text, nothing dropped, one folded section each: for the person who wants every word. */
export function FullText({ p }: { p: Procedure }) {
  const t = useT();
  return (
    <section class="full-text" data-testid="detail-full">
      <h2>{t('Toàn văn thủ tục (chạm từng mục để mở)', 'The full procedure (tap a section to open it)')}</h2>
      {p.steps.length > 0 && (
        <Fold title={t('Trình tự thực hiện', 'Steps')}>
          <ol lang="vi">
            {p.steps.map((s) => (
              <li>{s}</li>
            ))}
          </ol>
        </Fold>
      )}
      {p.channels.length > 0 && (
        <Fold title={t('Cách thức nộp, thời hạn và lệ phí', 'How to apply, time and fee')}>
          <table>
            <thead>
              <tr>
                <th>{t('Cách nộp', 'Channel')}</th>
                <th>{t('Thời hạn giải quyết', 'Processing time')}</th>
                <th>{t('Phí, lệ phí', 'Fee')}</th>
              </tr>
            </thead>
            <tbody lang="vi">
              {channelRows(p).map((r) => (
                <tr>
                  <td>{r.channel}</td>
                  <td>{r.time}</td>
                  <td>{r.fee}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Fold>
      )}
      {p.dossier.length > 0 && (
        <Fold title={t('Thành phần hồ sơ (đầy đủ, theo Cổng Dịch vụ công)', 'Dossier (in full, as on the national portal)')}>
          <ol lang="vi">
            {p.dossier.map((d) => {
              const copies = copiesLabel(d.copies);
              return (
                <li>
                  {d.name} {copies && <span class="muted">({copies})</span>}
                </li>
              );
            })}
          </ol>
        </Fold>
      )}
      {p.agency && (
        <Fold title={t('Cơ quan thực hiện', 'Agency')}>
          <p lang="vi">{p.agency}</p>
        </Fold>
      )}
      {p.requirements && (
        <Fold title={t('Yêu cầu, điều kiện', 'Requirements')}>
          <p lang="vi">{p.requirements}</p>
        </Fold>
      )}
      {p.result && (
        <Fold title={t('Kết quả', 'Result')}>
          <p lang="vi">{p.result}</p>
        </Fold>
      )}
      {p.legalBasis.length > 0 && (
        <Fold title={t('Căn cứ pháp lý', 'Legal basis')}>
          <ul lang="vi">
            {p.legalBasis.map((l) => (
              <li>
                {l.title} {l.number && <strong>({l.number})</strong>}
              </li>
            ))}
          </ul>
        </Fold>
      )}
    </section>
  );
}

function Fold({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <details class="fold" data-testid="full-section">
      <summary>{title}</summary>
      <div class="fold-body">{children}</div>
    </details>
  );
}
