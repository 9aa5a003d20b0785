import { mediaApi } from '@hcc/shared/api/media';
import type { MediaLibraryItem } from '@hcc/shared/schemas/media';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { sendPosterFrame } from './poster-frame';
import { staffApi } from './staff-api';
import { uploadWithProgress } from './upload';
import { failure, formatBytes, type Notice, NoticeLine } from './ui';

const ACCEPT = 'video/mp4,video/webm,image/jpeg,image/png,image/webp';

/**
 * A thumbnail for any asset: the browser draws a video's frame at 0.5 s, and an editor's console
 * leaves that frame on the server once, as the poster the report's evidence appendix shows.
 */
function Thumb({ m, canEdit, onDuration }: { m: MediaLibraryItem; canEdit: boolean; onDuration: (s: number) => void }) {
  if (m.kind === 'image') return <img class="thumb" src={m.url} alt="" loading="lazy" />;
  return (
    <video
      class="thumb"
      src={`${m.url}#t=0.5`}
      preload="metadata"
      muted
      playsInline
      data-testid="media-thumb"
      onLoadedMetadata={(e) => onDuration(e.currentTarget.duration)}
      // Best effort: a frame not sent now is sent the next time the library is opened.
      onLoadedData={(e) => void (canEdit && !m.poster && sendPosterFrame(e.currentTarget, m.id).catch(() => undefined))}
    />
  );
}

export function MediaLibrary({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [items, setItems] = useState<MediaLibraryItem[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [durations, setDurations] = useState<Record<string, number>>({});
  const reload = async () => setItems((await staffApi(mediaApi.list)).items);
  useEffect(() => void reload().catch(() => undefined), []);

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setProgress(0);
    setNotice(null);
    try {
      const m = await uploadWithProgress(file, setProgress);
      setNotice({ ok: true, text: t(`Đã tải lên “${m.name}”.`, `Uploaded “${m.name}”.`) });
      await reload();
    } catch (err) {
      setNotice(
        failure(err, lang, {
          too_large: t('Tệp quá lớn so với giới hạn của máy chủ.', 'The file is larger than the server allows.'),
          unsupported_media: t(
            'Tệp không phải video MP4/WebM hay ảnh JPEG/PNG/WebP (kiểm tra theo nội dung, không theo tên).',
            'Not an MP4/WebM video or JPEG/PNG/WebP image (checked by content, not name).',
          ),
        }).notice,
      );
    } finally {
      setProgress(null);
      input.value = '';
    }
  };
  const remove = async (m: MediaLibraryItem) => {
    if (!confirm(t(`Xoá “${m.name}” khỏi thư viện?`, `Delete “${m.name}” from the library?`))) return;
    try {
      await staffApi(mediaApi.delete, { params: { id: m.id } });
      setNotice({ ok: true, text: t(`Đã xoá “${m.name}”.`, `Deleted “${m.name}”.`) });
      await reload();
    } catch (err) {
      setNotice(failure(err, lang, { conflict: t(`“${m.name}” đang được dùng; gỡ khỏi các danh sách phát trước.`, `“${m.name}” is in use; remove it from the playlists first.`) }).notice);
    }
  };

  return (
    <section>
      <h2>{t('Thư viện video và ảnh', 'Media library')}</h2>
      {canEdit && (
        <label class="card upload">
          {t('Tải lên video (MP4, WebM) hoặc ảnh (JPEG, PNG, WebP)', 'Upload a video (MP4, WebM) or image (JPEG, PNG, WebP)')}
          <input data-testid="media-file" type="file" accept={ACCEPT} disabled={progress !== null} onChange={(e) => void upload(e.currentTarget)} />
          {progress !== null && <progress data-testid="media-progress" max={1} value={progress} />}
        </label>
      )}
      <NoticeLine notice={notice} testId="media-notice" />
      <ul class="list media-grid">
        {items.map((m) => (
          <li class="card" data-testid="media-row" data-name={m.name}>
            <Thumb m={m} canEdit={canEdit} onDuration={(s) => setDurations((d) => ({ ...d, [m.id]: s }))} />
            <strong>{m.name}</strong>
            <span>
              {m.kind === 'video' ? t('Video', 'Video') : t('Ảnh', 'Image')} · {formatBytes(m.bytes)}
              {durations[m.id] ? ` · ${Math.round(durations[m.id] as number)} s` : ''}
            </span>
            <span data-testid="media-usage">
              {m.usedBy.length ? `${t('Dùng trong', 'Used in')}: ${m.usedBy.map((u) => `${u.playlistName}${u.onAir ? t(' (đang phát)', ' (on air)') : ''}`).join(', ')}` : t('Chưa dùng', 'Not used')}
            </span>
            {canEdit && (
              <button class="secondary" data-testid="media-delete" disabled={m.usedBy.length > 0} title={m.usedBy.length ? t('Đang được dùng', 'In use') : ''} onClick={() => remove(m)}>
                {t('Xoá', 'Delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
