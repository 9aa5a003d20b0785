import { playlistApi } from '@hcc/shared/api/playlists';
import { type Playlist, PlaylistDraftSchema } from '@hcc/shared/schemas/playlist';
import { useEffect, useState } from 'preact/hooks';
import { fieldErrors, type Lang } from './i18n';
import { useLive } from './live';
import { type EditorState, fromPlaylist, onRemoteSave, toDraft } from './playlist-draft';
import { staffApi } from './staff-api';
import { failure, type Notice } from './ui';

type T = (vi: string, en: string) => string;

/**
 * One playlist's draft in the editor: loaded, changed, checked locally on every change, saved against
 * the revision it started from, and kept honest about saves by others (see onRemoteSave).
 */
export function usePlaylistDraft(id: string, lang: Lang, t: T) {
  const [base, setBase] = useState<Playlist | null>(null);
  const [state, setState] = useState<EditorState | null>(null);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [remote, setRemote] = useState<{ by: string; revision: number } | null>(null);

  const show = (p: Playlist) => {
    setBase(p);
    setState(fromPlaylist(p));
    setDirty(false);
    setRemote(null);
    setServerErrors({});
  };
  const load = async () => show(await staffApi(playlistApi.get, { params: { id } }));
  useEffect(() => void load().catch((err: unknown) => setNotice(failure(err, lang).notice)), [id]);
  useLive(
    'playlist:changed',
    (e) => {
      const next = onRemoteSave({ id, revision: base?.revision ?? null, dirty }, e);
      if (next === 'warn') setRemote({ by: e.by, revision: e.revision });
      if (next === 'reload')
        void load().then(() => setNotice({ ok: true, text: t(`${e.by} vừa cập nhật danh sách này; đang hiển thị bản mới nhất.`, `${e.by} just updated this playlist; showing the latest version.`) }));
    },
    [id, base, dirty, lang],
  );

  const change = (next: EditorState) => {
    setState(next);
    setDirty(true);
  };

  const local = state ? PlaylistDraftSchema.safeParse(toDraft(state)) : null;
  const localErrors =
    local && !local.success
      ? fieldErrors(
          local.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          lang,
        )
      : {};
  const errors: Record<string, string> = { ...serverErrors, ...localErrors };

  const save = async () => {
    if (!state || !base) return;
    if (!local?.success) {
      setNotice({ ok: false, text: t('Chưa lưu: có mục chưa hợp lệ, xem thông báo cạnh từng ô.', 'Not saved: some fields are not valid; see the messages next to them.') });
      return;
    }
    try {
      show(await staffApi(playlistApi.save, { params: { id }, body: { ...toDraft(state), baseRevision: base.revision } }));
      setNotice({ ok: true, text: t('Đã lưu. Bấm “Xuất bản” để đưa lên màn hình.', 'Saved. Tap “Publish” to put it on the screens.') });
    } catch (err) {
      const f = failure(err, lang, {
        conflict: t(
          'Người khác đã lưu danh sách này trước bạn. Thay đổi của bạn CHƯA được lưu và vẫn còn trên màn hình: hãy ghi lại, bấm “Tải bản mới nhất”, rồi làm lại.',
          'Someone else saved this playlist before you. Your changes were NOT saved and are still on screen: note them, tap “Load the latest”, then redo them.',
        ),
      });
      setNotice(f.notice);
      setServerErrors(f.fields);
    }
  };

  return { base, state, dirty, remote, notice, errors, change, load, save };
}
