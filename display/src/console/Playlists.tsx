import { diffPlaylist, type PlaylistDiff } from '@hcc/shared/playlists/diff';
import type { Centre } from '@hcc/shared/schemas/centre';
import { playlistApi } from '@hcc/shared/api/playlists';
import { ITEM_KIND_LABELS, type Playlist, type PlaylistVersion } from '@hcc/shared/schemas/playlist';
import type { ScreenChange } from '@hcc/shared/schemas/publish-preview';
import { useContext, useState } from 'preact/hooks';
import { CentreSelect, initialCentre } from './CentreSelect';
import { LangContext, useT } from './i18n';
import { PlaylistEditor } from './PlaylistEditor';
import { copyOf, newestFirst, onAirAsDrafted } from './playlist-versions';
import { PublishSummary } from './PublishSummary';
import { sendSlidePictures } from './slide-pictures';
import { staffApi } from './staff-api';
import { Field, failure, formatInstant, type Notice, NoticeLine } from './ui';
import { usePlaylistLibrary } from './use-playlist-library';

/** Playlists: list, create, duplicate, edit, publish after reading what changes, history and rollback. */
export function Playlists({ centres, canEdit, ownCentreId }: { centres: Centre[]; canEdit: boolean; ownCentreId: string | null }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [notice, setNotice] = useState<Notice>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const { playlists: items, media, reload } = usePlaylistLibrary(editing);
  const [confirm, setConfirm] = useState<{ playlist: Playlist; diff: PlaylistDiff; screens: ScreenChange[] } | null>(null);
  const [creating, setCreating] = useState<{ name: string; centreId: string; error?: string } | null>(null);
  const [history, setHistory] = useState<{ playlist: Playlist; versions: PlaylistVersion[]; onAir: number | null } | null>(null);

  const act = async (fn: () => Promise<string>, overrides = {}) => {
    try {
      setNotice({ ok: true, text: await fn() });
      await reload();
    } catch (err) {
      setNotice(failure(err, lang, overrides).notice);
    }
  };
  // A new playlist belongs to a centre chosen on purpose: it plays on that centre's screens.
  const create = (e: Event) => {
    e.preventDefault();
    if (!creating) return;
    if (!creating.centreId) {
      setCreating({ ...creating, error: t('Chọn trung tâm có màn hình sẽ phát danh sách này.', 'Choose the centre whose screens will play this playlist.') });
      return;
    }
    const { name, centreId } = creating;
    void act(async () => {
      const p = await staffApi(playlistApi.create, { body: { name: name.trim() || t('Danh sách phát mới', 'New playlist'), centreId, target: {}, items: [] } });
      setCreating(null);
      setEditing(p.id);
      return t('Đã tạo danh sách phát mới.', 'Playlist created.');
    });
  };
  const duplicate = (p: Playlist) =>
    act(async () => {
      await staffApi(playlistApi.create, { body: copyOf(p, t('bản sao', 'copy')) });
      return t(`Đã nhân bản “${p.name}”.`, `Duplicated “${p.name}”.`);
    });
  const askPublish = async (p: Playlist) => {
    try {
      const onAir = onAirAsDrafted((await staffApi(playlistApi.versions, { params: { id: p.id } })).items);
      const { screens } = await staffApi(playlistApi.publishPreview, { params: { id: p.id } });
      setConfirm({ playlist: p, diff: diffPlaylist(onAir, p), screens });
    } catch (err) {
      setNotice(failure(err, lang).notice);
    }
  };
  const publish = (p: Playlist) =>
    act(
      async () => {
        setConfirm(null);
        const r = await staffApi(playlistApi.publish, { params: { id: p.id } });
        // The report's pictures of the new slides; one that fails is drawn again when Reports opens.
        void sendSlidePictures(p).catch(() => undefined);
        return t(`Đã xuất bản “${p.name}” – phiên bản ${r.version.version}.`, `Published “${p.name}” – version ${r.version.version}.`);
      },
      { validation: t('Danh sách phát trống hoặc có mục lỗi; hãy kiểm tra trước khi xuất bản.', 'The playlist is empty or has broken items; check it before publishing.') },
    );
  const showHistory = async (p: Playlist) => {
    try {
      const versions = newestFirst((await staffApi(playlistApi.versions, { params: { id: p.id } })).items);
      // On air is the newest version (a publish and a restore each make one), as the server says now: the
      // list's copy of the playlist may not have heard yet of a publish made a moment ago.
      setHistory({ playlist: p, versions, onAir: versions[0]?.version ?? null });
    } catch (err) {
      setNotice(failure(err, lang).notice);
    }
  };
  const rollback = (p: Playlist, version: number) =>
    act(async () => {
      const r = await staffApi(playlistApi.rollback, { params: { id: p.id }, body: { version } });
      setHistory(null);
      return t(`Đã khôi phục phiên bản ${version} (phát như phiên bản ${r.version.version}).`, `Restored version ${version} (on air as version ${r.version.version}).`);
    });

  const centreName = (id: string) => centres.find((c) => c.id === id)?.name.replace(/^Trung tâm Phục vụ hành chính công /, '') ?? id;
  if (editing) return <PlaylistEditor id={editing} centres={centres} media={media} canEdit={canEdit} onClose={() => setEditing(null)} />;

  return (
    <section>
      <div class="row">
        {/* The page's heading is the rail's tab name, above: this row holds the list's actions. */}
        <p class="grow">{t(`${items.length} danh sách phát`, `${items.length} playlists`)}</p>
        {canEdit && (
          <button data-testid="playlist-create" onClick={() => setCreating({ name: '', centreId: initialCentre(centres, ownCentreId) })}>
            + {t('Tạo mới', 'New')}
          </button>
        )}
      </div>
      <NoticeLine notice={notice} testId="playlists-notice" />
      {creating && (
        <form class="card grid" data-testid="new-playlist" onSubmit={create}>
          <h3 class="wide">{t('Danh sách phát mới', 'New playlist')}</h3>
          <Field label={t('Tên', 'Name')}>
            <input
              data-testid="new-playlist-name"
              value={creating.name}
              placeholder={t('Danh sách phát mới', 'New playlist')}
              onInput={(e) => setCreating({ ...creating, name: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('Trung tâm (màn hình của trung tâm này sẽ phát)', 'Centre (its screens play it)')} error={creating.error}>
            <CentreSelect testId="new-playlist-centre" centres={centres} value={creating.centreId} onChange={(centreId) => setCreating({ name: creating.name, centreId })} />
          </Field>
          <div class="row wide">
            <button type="submit" data-testid="new-playlist-submit">
              {t('Tạo và soạn', 'Create and edit')}
            </button>
            <button type="button" class="secondary" onClick={() => setCreating(null)}>
              {t('Huỷ', 'Cancel')}
            </button>
          </div>
        </form>
      )}
      {confirm && <PublishSummary {...confirm} centres={centres} onConfirm={() => publish(confirm.playlist)} onCancel={() => setConfirm(null)} />}
      {history && (
        <div class="card" data-testid="version-history">
          <h3>{t(`Lịch sử “${history.playlist.name}”`, `History of “${history.playlist.name}”`)}</h3>
          <ol class="list">
            {history.versions.map((v) => (
              <li class="row">
                <strong>
                  {t('Phiên bản', 'Version')} {v.version}
                </strong>
                <span class="grow">
                  {formatInstant(v.publishedAt)} · {v.publishedBy} · {v.items.length} {t('mục', 'items')}
                  {v.rollbackOf ? ` · ${t('khôi phục bản', 'restores')} ${v.rollbackOf}` : ''}
                </span>
                {canEdit && v.version !== history.onAir && (
                  <button class="secondary" data-testid={`rollback-${v.version}`} onClick={() => rollback(history.playlist, v.version)}>
                    {t('Khôi phục', 'Restore')}
                  </button>
                )}
              </li>
            ))}
          </ol>
          <button class="secondary" onClick={() => setHistory(null)}>
            {t('Đóng', 'Close')}
          </button>
        </div>
      )}
      <ul class="list">
        {items.map((p) => (
          <li class="card playlist-row" data-testid="playlist-row" data-id={p.id}>
            <div class="stack">
              <strong>{p.name}</strong>
              <span>
                {centreName(p.centreId)}
                {p.target.centreIds.length > 0 && ` · ${t('phát tại', 'plays at')} ${p.target.centreIds.map(centreName).join(', ')}`}
                {p.target.groups.length > 0 && ` · ${t('nhóm', 'groups')} ${p.target.groups.join(', ')}`}
              </span>
              <small>
                <span data-testid={`published-${p.id}`}>
                  {p.publishedVersion ? t(`Đang phát: phiên bản ${p.publishedVersion}`, `On air: version ${p.publishedVersion}`) : t('Chưa xuất bản', 'Not published')}
                </span>
                {' · '}
                {p.items.length} {t('mục', 'items')}: {[...new Set(p.items.map((i) => t(...ITEM_KIND_LABELS[i.kind])))].join(', ')}
              </small>
            </div>
            <div class="row">
              <button class="secondary" data-testid={`edit-${p.id}`} onClick={() => setEditing(p.id)}>
                {canEdit ? t('Sửa', 'Edit') : t('Xem', 'View')}
              </button>
              <button class="secondary" data-testid={`history-${p.id}`} onClick={() => showHistory(p)}>
                {t('Lịch sử', 'History')}
              </button>
              {canEdit && (
                <>
                  <button class="secondary" onClick={() => duplicate(p)}>
                    {t('Nhân bản', 'Duplicate')}
                  </button>
                  <button data-testid={`publish-${p.id}`} onClick={() => askPublish(p)}>
                    {t('Xuất bản', 'Publish')}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
