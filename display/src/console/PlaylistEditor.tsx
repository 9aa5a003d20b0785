import { QR_PRESETS } from '@hcc/shared/qr/presets';
import type { Centre } from '@hcc/shared/schemas/centre';
import type { MediaLibraryItem } from '@hcc/shared/schemas/media';
import { CampaignRefSchema, ITEM_KIND_LABELS, type Playlist, PlaylistDraftSchema, PlaylistItemSchema, PlaylistSchema } from '@hcc/shared/schemas/playlist';
import { useContext, useEffect, useState } from 'preact/hooks';
import { Slide } from '../slides/Slide';
import { CampaignPicker, CampaignPlace, useCampaigns } from './CampaignPlace';
import { CentreSelect } from './CentreSelect';
import { type Draft, ItemForm } from './ItemForm';
import { fieldErrors, LangContext, useT } from './i18n';
import { useLive } from './live';
import { newItemId } from './new-id';
import { SpotlightPicker } from './SpotlightPicker';
import { staffApi } from './staff-api';
import { usePlanRows } from './plan-rows';
import { failure, Field, type Notice, NoticeLine } from './ui';

interface EditorState {
  name: string;
  centreId: string;
  centreIds: string[];
  groups: string;
  items: Draft[];
}

const fromPlaylist = (p: Playlist): EditorState => ({
  name: p.name,
  centreId: p.centreId,
  centreIds: p.target.centreIds,
  groups: p.target.groups.join(', '),
  items: p.items as Draft[],
});
const toDraft = (s: EditorState) => ({
  name: s.name,
  centreId: s.centreId,
  target: { centreIds: s.centreIds, groups: s.groups.split(',').map((g) => g.trim()).filter(Boolean) },
  items: s.items,
});

type NewKind = 'video' | 'image' | 'text' | 'ticker' | 'qr' | 'survey_results' | 'dossiers_ready' | 'dossier_results';
const NEW_ITEM: Record<NewKind, (t: (vi: string, en: string) => string) => Record<string, unknown>> = {
  video: (t) => ({ title: t('Video mới', 'New video'), durationMs: 30_000, mediaId: '', caption: '', form: 'video_clip' }),
  image: (t) => ({ title: t('Ảnh mới', 'New image'), durationMs: 10_000, mediaId: '', caption: '' }),
  text: (t) => ({ title: t('Bản tin mới', 'New bulletin'), durationMs: 15_000, heading: '', body: '', form: 'ban_tin' }),
  ticker: (t) => ({ title: t('Chữ chạy', 'Ticker'), durationMs: 60_000, text: '', form: 'khau_hieu' }),
  qr: () => ({ durationMs: 10_000, ...QR_PRESETS.dvc_portal, preset: 'dvc_portal', ecLevel: 'M', form: 'ma_qr' }),
  survey_results: (t) => ({ title: t('Kết quả khảo sát hài lòng', 'Satisfaction results'), durationMs: 15_000, period: 'month' }),
  // Long enough for three pages of codes at the player's shortest readable page (slides/paging.ts).
  dossiers_ready: (t) => ({ title: t('Hồ sơ đã có kết quả', 'Dossiers ready'), durationMs: 20_000, perPage: 12, reformArea: 'tthc' }),
  dossier_results: (t) => ({ title: t('Kết quả giải quyết TTHC', 'Dossier handling results'), durationMs: 20_000, showCommunes: false, reformArea: 'tthc', form: 'niem_yet_tthc' }),
};

/** Editing one playlist: items of every kind, order by drag or buttons, preview, save with versioning. */
export function PlaylistEditor({ id, centres, media, canEdit, onClose }: { id: string; centres: Centre[]; media: MediaLibraryItem[]; canEdit: boolean; onClose: () => void }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [base, setBase] = useState<Playlist | null>(null);
  const [state, setState] = useState<EditorState | null>(null);
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [remote, setRemote] = useState<{ by: string; revision: number } | null>(null);
  const [picking, setPicking] = useState(false);
  const [drag, setDrag] = useState<{ from: number; over: number } | null>(null);
  const campaigns = useCampaigns(state?.centreId ?? '', centres);
  const planRows = usePlanRows(state?.centreId ?? '', centres);

  const load = async () => {
    const p = PlaylistSchema.parse(await staffApi(`/api/playlists/${id}`));
    setBase(p);
    setState(fromPlaylist(p));
    setDirty(false);
    setRemote(null);
    setServerErrors({});
  };
  useEffect(() => void load().catch((err: unknown) => setNotice(failure(err, lang).notice)), [id]);
  useLive(
    'playlist:changed',
    (e) => {
      if (e.playlistId !== id || !base || e.revision <= base.revision) return;
      // Someone else saved: take their version at once if we have nothing to lose, else warn first.
      if (dirty) setRemote({ by: e.by, revision: e.revision });
      else void load().then(() => setNotice({ ok: true, text: t(`${e.by} vừa cập nhật danh sách này; đang hiển thị bản mới nhất.`, `${e.by} just updated this playlist; showing the latest version.`) }));
    },
    [id, base, dirty, lang],
  );

  if (!state || !base) return <NoticeLine notice={notice} />;

  const change = (next: EditorState) => {
    setState(next);
    setDirty(true);
  };
  const setItems = (items: Draft[]) => change({ ...state, items });
  const move = (from: number, to: number) => {
    if (to < 0 || to >= state.items.length || from === to) return;
    const items = [...state.items];
    const [it] = items.splice(from, 1);
    items.splice(to, 0, it as Draft);
    setItems(items);
    if (selected === from) setSelected(to);
  };
  const add = (kind: NewKind) => {
    setItems([...state.items, { id: newItemId(kind), kind, ...NEW_ITEM[kind](t) } as Draft]);
    setSelected(state.items.length);
  };

  const local = PlaylistDraftSchema.safeParse(toDraft(state));
  const localErrors = local.success ? {} : fieldErrors(local.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })), lang);
  const errors = { ...serverErrors, ...localErrors };
  const itemErrors = (i: number) => Object.fromEntries(Object.entries(errors).flatMap(([k, v]) => (k.startsWith(`items.${i}.`) ? [[k.slice(`items.${i}.`.length), v]] : [])));

  const save = async () => {
    if (!local.success) {
      setNotice({ ok: false, text: t('Chưa lưu: có mục chưa hợp lệ, xem thông báo cạnh từng ô.', 'Not saved: some fields are not valid; see the messages next to them.') });
      return;
    }
    try {
      const p = PlaylistSchema.parse(await staffApi(`/api/playlists/${id}`, { method: 'PUT', json: { ...toDraft(state), baseRevision: base.revision } }));
      setBase(p);
      setState(fromPlaylist(p));
      setDirty(false);
      setRemote(null);
      setServerErrors({});
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

  const onPointerMove = (e: PointerEvent) => {
    if (!drag) return;
    // Near the top or bottom edge the page scrolls, so an item can travel the whole list.
    if (e.clientY < 80) window.scrollBy(0, -24);
    else if (e.clientY > window.innerHeight - 80) window.scrollBy(0, 24);
    const row = document.elementFromPoint(e.clientX, e.clientY)?.closest<HTMLElement>('[data-index]');
    if (row) setDrag({ ...drag, over: Number(row.dataset.index) });
  };
  const onPointerUp = () => {
    if (drag) move(drag.from, drag.over);
    setDrag(null);
  };

  const current = selected !== null ? state.items[selected] : undefined;
  const previewItem = current ? PlaylistItemSchema.safeParse(current) : null;
  const place = current ? CampaignRefSchema.safeParse(current) : null;
  const currentPlace = place?.success ? place.data : null;

  return (
    <section class="editor" data-testid="playlist-editor" onPointerMove={onPointerMove} onPointerUp={onPointerUp}>
      <div class="row">
        <button class="secondary" onClick={onClose}>
          ‹ {t('Danh sách', 'All playlists')}
        </button>
        <h2 class="grow">{state.name}</h2>
        <span data-testid="editor-revision">
          {t('Bản lưu', 'Revision')} {base.revision}
          {dirty && ` · ${t('chưa lưu', 'unsaved')}`}
        </span>
      </div>
      {remote && (
        <p class="warning" role="alert" data-testid="editor-remote">
          {t(`${remote.by} vừa lưu bản mới (bản ${remote.revision}). Nếu bạn lưu bây giờ, thay đổi của bạn sẽ bị từ chối.`, `${remote.by} just saved a newer version (revision ${remote.revision}). Saving now would be refused.`)}
        </p>
      )}
      <NoticeLine notice={notice} testId="editor-notice" />
      <div class="card grid">
        <Field label={t('Tên danh sách phát', 'Playlist name')} error={errors.name} wide>
          <input data-testid="playlist-name" value={state.name} disabled={!canEdit} onInput={(e) => change({ ...state, name: e.currentTarget.value })} />
        </Field>
        <Field label={t('Trung tâm của danh sách', 'The playlist’s centre')} error={errors.centreId} wide>
          <CentreSelect testId="playlist-centre" centres={centres} value={state.centreId} disabled={!canEdit} onChange={(centreId) => change({ ...state, centreId })} />
        </Field>
        <fieldset class="wide">
          <legend>
            {t(
              `Phát tại (không chọn = chỉ ${centres.find((c) => c.id === state.centreId)?.name ?? 'trung tâm của danh sách'})`,
              `Play at (none = only ${centres.find((c) => c.id === state.centreId)?.name ?? 'the playlist’s own centre'})`,
            )}
          </legend>
          <div class="row">
            {centres.map((c) => (
              <label class="check">
                <input
                  type="checkbox"
                  disabled={!canEdit}
                  checked={state.centreIds.includes(c.id)}
                  onChange={() => change({ ...state, centreIds: state.centreIds.includes(c.id) ? state.centreIds.filter((x) => x !== c.id) : [...state.centreIds, c.id] })}
                />
                {c.name}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('Chỉ nhóm màn hình (cách nhau bởi dấu phẩy; để trống = mọi màn hình)', 'Only screen groups (comma-separated; empty = every screen)')} wide>
          <input value={state.groups} disabled={!canEdit} onInput={(e) => change({ ...state, groups: e.currentTarget.value })} />
        </Field>
      </div>

      <h3>
        {t('Các mục', 'Items')} ({state.items.length})
      </h3>
      {errors.items && <p class="field-error">{errors.items}</p>}
      <ol class="list items" data-testid="item-list">
        {state.items.map((it, i) => {
          const bad = Object.keys(itemErrors(i)).length > 0;
          return (
            <>
              <li class={`card row item-row ${selected === i ? 'selected' : ''} ${drag?.over === i ? 'drop' : ''} ${bad ? 'invalid' : ''}`} data-index={i} data-testid="item-row" data-kind={it.kind}>
                {canEdit && (
                  <span
                    class="handle"
                    aria-hidden="true"
                    onPointerDown={(e) => {
                      e.preventDefault();
                      setDrag({ from: i, over: i });
                    }}
                  >
                    ⠿
                  </span>
                )}
                <span class="badge">{t(...ITEM_KIND_LABELS[it.kind])}</span>
                <span class="grow">{String(it.title ?? '')}</span>
                <span>{it.kind === 'campaign' ? t('theo tỉnh', 'as published') : `${Math.round(Number(it.durationMs) / 1000)} s`}</span>
                {canEdit && (
                  <>
                    <button class="secondary" aria-label={t('Lên', 'Move up')} data-testid="item-up" disabled={i === 0} onClick={() => move(i, i - 1)}>
                      ↑
                    </button>
                    <button class="secondary" aria-label={t('Xuống', 'Move down')} data-testid="item-down" disabled={i === state.items.length - 1} onClick={() => move(i, i + 1)}>
                      ↓
                    </button>
                  </>
                )}
                <button class="secondary" data-testid="item-edit" onClick={() => setSelected(selected === i ? null : i)}>
                  {selected === i ? t('Thu gọn', 'Collapse') : canEdit ? t('Sửa', 'Edit') : t('Xem', 'View')}
                </button>
                {canEdit && (
                  <button
                    class="secondary"
                    aria-label={t('Xoá mục', 'Remove item')}
                    onClick={() => {
                      setItems(state.items.filter((_, j) => j !== i));
                      setSelected(null);
                    }}
                  >
                    ✕
                  </button>
                )}
              </li>
              {selected === i && current && (
                <li class="item-edit-panel">
                  {currentPlace ? (
                    <CampaignPlace place={currentPlace} onChange={(next) => setItems(state.items.map((x, j) => (j === i ? next : x)))} />
                  ) : (
                    <fieldset class="card" disabled={!canEdit}>
                      <ItemForm item={current} errors={itemErrors(i)} media={media} planRows={planRows} onChange={(next) => setItems(state.items.map((x, j) => (j === i ? next : x)))} />
                    </fieldset>
                  )}
                  <div class="preview-frame" data-testid="item-preview" hidden={currentPlace !== null}>
                    {previewItem?.success ? <Slide key={JSON.stringify(previewItem.data)} item={previewItem.data} centre={state.centreId || null} /> : <p class="preview-empty">{t('Điền đủ thông tin để xem trước', 'Fill in the fields to see a preview')}</p>}
                  </div>
                </li>
              )}
            </>
          );
        })}
      </ol>

      {canEdit && (
        <div class="row add-items">
          {(Object.keys(NEW_ITEM) as NewKind[]).map((k) => (
            <button class="secondary" data-testid={`add-${k}`} onClick={() => add(k)}>
              + {t(...ITEM_KIND_LABELS[k])}
            </button>
          ))}
          <button class="secondary" data-testid="add-procedure" onClick={() => setPicking(true)}>
            + {t('Thủ tục (từ danh mục)', 'Procedures (from catalogue)')}
          </button>
          <CampaignPicker
            campaigns={campaigns.filter((c) => !state.items.some((i) => i.kind === 'campaign' && i['campaignId'] === c.id))}
            onAdd={(c) => {
              setItems([...state.items, { id: newItemId('campaign'), kind: 'campaign', title: c.name, campaignId: c.id, skip: [] }]);
              setSelected(state.items.length);
            }}
          />
        </div>
      )}
      {picking && (
        <SpotlightPicker
          centreId={state.centreId}
          onAdd={(items) => setItems([...state.items, ...(items as Draft[])])}
          onClose={() => setPicking(false)}
        />
      )}


      {canEdit && (
        <div class="row sticky-actions">
          <button data-testid="playlist-save" disabled={!dirty} onClick={save}>
            {t('Lưu', 'Save')}
          </button>
          <button class="secondary" data-testid="playlist-reload" onClick={() => void load()}>
            {dirty || remote ? t('Tải bản mới nhất (bỏ thay đổi của tôi)', 'Load the latest (drop my changes)') : t('Tải lại', 'Reload')}
          </button>
        </div>
      )}
    </section>
  );
}
