import { isEmptyDiff, type PlaylistDiff } from '@hcc/shared/playlists/diff';
import { replacedScreens } from '@hcc/shared/playlists/publish-impact';
import type { Centre } from '@hcc/shared/schemas/centre';
import type { Playlist } from '@hcc/shared/schemas/playlist';
import type { OnAirRef, ScreenChange, ScreenEffect } from '@hcc/shared/schemas/publish-preview';
import { type T, useT } from './i18n';

const EFFECT: Record<ScreenEffect, [string, string]> = {
  replaces: ['Bị thay thế', 'Replaced'],
  starts: ['Bắt đầu phát', 'Starts playing'],
  updates: ['Cập nhật', 'Updated'],
  through: ['Cập nhật qua danh sách của trung tâm', 'Updated through its centre’s playlist'],
  stops: ['Ngừng phát danh sách này', 'Stops playing this one'],
  keeps: ['Không đổi', 'Unchanged'],
};

const playing = (r: OnAirRef | null, t: T) => (r ? `“${r.name}” (${t('phiên bản', 'version')} ${r.version})` : t('không có gì', 'nothing'));

/** The publish confirmation: what changes in the playlist, and on which screens, before anything goes out. */
export function PublishSummary({
  playlist,
  diff,
  screens,
  centres,
  onConfirm,
  onCancel,
}: {
  playlist: Playlist;
  diff: PlaylistDiff;
  screens: ScreenChange[];
  centres: Centre[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const names = (list: { title: string }[]) => list.map((i) => `“${i.title}”`).join(', ');
  const centreName = (id: string) => centres.find((c) => c.id === id)?.name ?? id;
  const replaced = replacedScreens(screens);
  const changing = screens.filter((s) => s.effect !== 'keeps');
  return (
    <div class="overlay">
      <div class="card dialog" role="dialog" aria-modal="true" aria-labelledby="publish-title" data-testid="publish-summary">
        <h2 id="publish-title">{t(`Xuất bản “${playlist.name}”?`, `Publish “${playlist.name}”?`)}</h2>
        {isEmptyDiff(diff) ? (
          <p>{t('Không có thay đổi so với bản đang phát.', 'Nothing changed since the version on air.')}</p>
        ) : (
          <ul>
            {diff.added.length > 0 && <li>{t(`Thêm ${diff.added.length}: ${names(diff.added)}`, `Adds ${diff.added.length}: ${names(diff.added)}`)}</li>}
            {diff.removed.length > 0 && <li>{t(`Bỏ ${diff.removed.length}: ${names(diff.removed)}`, `Removes ${diff.removed.length}: ${names(diff.removed)}`)}</li>}
            {diff.changed.length > 0 && <li>{t(`Sửa ${diff.changed.length}: ${names(diff.changed)}`, `Changes ${diff.changed.length}: ${names(diff.changed)}`)}</li>}
            {diff.reordered && <li>{t('Đổi thứ tự phát', 'New order')}</li>}
            {diff.renamed && <li>{t('Đổi tên', 'Renamed')}</li>}
            {diff.retargeted && <li>{t('Đổi nơi phát', 'New targets')}</li>}
          </ul>
        )}
        {replaced.length > 0 && (
          <p class="warning" role="alert" data-testid="publish-warning">
            {t(
              `Chú ý: ${replaced.length} màn hình sẽ thôi phát toàn bộ danh sách đang chạy: ${replaced.map((s) => `${s.screen.name} (${playing(s.now, t)})`).join(', ')}.`,
              `Warning: ${replaced.length} screen(s) will stop their whole current playlist: ${replaced.map((s) => `${s.screen.name} (${playing(s.now, t)})`).join(', ')}.`,
            )}
          </p>
        )}
        <h3>{changing.length ? t(`Màn hình thay đổi (${changing.length})`, `Screens that change (${changing.length})`) : t('Không màn hình nào thay đổi', 'No screen changes')}</h3>
        {screens.length === 0 && (
          <p data-testid="publish-no-screens">
            {t('Chưa có màn hình nào ở nơi phát của danh sách này. Kiểm tra “Phát tại” và nhóm màn hình.', 'No screen is paired where this playlist plays. Check “Play at” and the screen groups.')}
          </p>
        )}
        <ul class="list screen-changes" data-testid="publish-screens">
          {screens.map((s) => (
            <li class={`screen-change ${s.effect}`} data-testid="publish-screen" data-effect={s.effect} data-screen={s.screen.id}>
              <div class="row">
                <strong class="grow">{s.screen.name}</strong>
                <span class={`badge effect-${s.effect}`}>{t(...EFFECT[s.effect])}</span>
              </div>
              <small>
                {centreName(s.screen.centreId)}
                {s.screen.group ? ` · ${t('nhóm', 'group')} ${s.screen.group}` : ''}
              </small>
              {s.effect === 'keeps' ? (
                <span>{t(`Vẫn phát ${playing(s.now, t)}: danh sách riêng của trung tâm được ưu tiên.`, `Keeps ${playing(s.now, t)}: a centre’s own playlist comes first.`)}</span>
              ) : s.effect === 'through' ? (
                <span>{t(`Phát các mục mới trong ${playing(s.now, t)}.`, `Shows the new items inside ${playing(s.now, t)}.`)}</span>
              ) : (
                <span>
                  {t('Đang phát', 'Now')} {playing(s.now, t)} → {t('sẽ phát', 'will play')} {s.next ? `“${s.next.name}”` : t('không có gì', 'nothing')}
                </span>
              )}
            </li>
          ))}
        </ul>
        <div class="row">
          <button data-testid="publish-confirm" onClick={onConfirm}>
            {changing.length ? t(`Xuất bản lên ${changing.length} màn hình`, `Publish to ${changing.length} screen(s)`) : t('Xuất bản', 'Publish')}
          </button>
          <button class="secondary" onClick={onCancel}>
            {t('Huỷ', 'Cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
