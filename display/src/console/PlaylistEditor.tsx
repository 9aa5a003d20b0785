import type { Centre } from '@hcc/shared/schemas/centre';
import type { MediaLibraryItem } from '@hcc/shared/schemas/media';
import { CampaignRefSchema, ITEM_KIND_LABELS, PlaylistItemSchema } from '@hcc/shared/schemas/playlist';
import { useContext, useState } from 'preact/hooks';
import { Slide } from '../slides/Slide';
import { CampaignPicker, CampaignPlace, useCampaigns } from './CampaignPlace';
import { CentreSelect } from './CentreSelect';
import { type Draft, ItemForm } from './ItemForm';
import { LangContext, useT } from './i18n';
import { newItemId } from './new-id';
import { usePlanRows } from './plan-rows';
import { errorsOfItem, moveItem, NEW_ITEM, type NewKind, removeItem, replaceItem } from './playlist-draft';
import { SpotlightPicker } from './SpotlightPicker';
import { Field, NoticeLine } from './ui';
import { useItemDrag } from './use-item-drag';
import { usePlaylistDraft } from './use-playlist-draft';

/** Editing one playlist: items of every kind, order by drag or buttons, preview, save with versioning. */
export function PlaylistEditor({ id, centres, media, canEdit, onClose }: { id: string; centres: Centre[]; media: MediaLibraryItem[]; canEdit: boolean; onClose: () => void }) {
  const t = useT();
  const lang = useContext(LangContext);
  const { base, state, dirty, remote, notice, errors, change, load, save } = usePlaylistDraft(id, lang, t);
  const [selected, setSelected] = useState<number | null>(null);
  const [picking, setPicking] = useState(false);
  const campaigns = useCampaigns(state?.centreId ?? '', centres);
  const planRows = usePlanRows(state?.centreId ?? '', centres);
  const drag = useItemDrag((from, to) => move(from, to));

  if (!state || !base) return <NoticeLine notice={notice} />;

  const setItems = (items: Draft[]) => change({ ...state, items });
  const move = (from: number, to: number) => {
    const moved = moveItem(state.items, selected, from, to);
    if (!moved) return;
    setItems(moved.items);
    setSelected(moved.selected);
  };
  const append = (item: Draft) => {
    setItems([...state.items, item]);
    setSelected(state.items.length);
  };
  const itemErrors = (i: number) => errorsOfItem(errors, i);

  const current = selected !== null ? state.items[selected] : undefined;
  const previewItem = current ? PlaylistItemSchema.safeParse(current) : null;
  const place = current ? CampaignRefSchema.safeParse(current) : null;
  const currentPlace = place?.success ? place.data : null;

  return (
    <section class="editor" data-testid="playlist-editor" onPointerMove={drag.onPointerMove} onPointerUp={drag.onPointerUp}>
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
          {t(
            `${remote.by} vừa lưu bản mới (bản ${remote.revision}). Nếu bạn lưu bây giờ, thay đổi của bạn sẽ bị từ chối.`,
            `${remote.by} just saved a newer version (revision ${remote.revision}). Saving now would be refused.`,
          )}
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
              <li class={`card row item-row ${selected === i ? 'selected' : ''} ${drag.over === i ? 'drop' : ''} ${bad ? 'invalid' : ''}`} data-index={i} data-testid="item-row" data-kind={it.kind}>
                {canEdit && (
                  <span
                    class="handle"
                    aria-hidden="true"
                    onPointerDown={(e) => {
                      e.preventDefault();
                      drag.start(i);
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
                      setItems(removeItem(state.items, i));
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
                    <CampaignPlace place={currentPlace} onChange={(next) => setItems(replaceItem(state.items, i, next))} />
                  ) : (
                    <fieldset class="card" disabled={!canEdit}>
                      <ItemForm item={current} errors={itemErrors(i)} media={media} planRows={planRows} onChange={(next) => setItems(replaceItem(state.items, i, next))} />
                    </fieldset>
                  )}
                  <div class="preview-frame" data-testid="item-preview" hidden={currentPlace !== null}>
                    {previewItem?.success ? (
                      <Slide key={JSON.stringify(previewItem.data)} item={previewItem.data} centreId={state.centreId || null} />
                    ) : (
                      <p class="preview-empty">{t('Điền đủ thông tin để xem trước', 'Fill in the fields to see a preview')}</p>
                    )}
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
            <button class="secondary" data-testid={`add-${k}`} onClick={() => append({ id: newItemId(k), kind: k, ...NEW_ITEM[k](t) } as Draft)}>
              + {t(...ITEM_KIND_LABELS[k])}
            </button>
          ))}
          <button class="secondary" data-testid="add-procedure" onClick={() => setPicking(true)}>
            + {t('Thủ tục (từ danh mục)', 'Procedures (from catalogue)')}
          </button>
          <CampaignPicker
            campaigns={campaigns.filter((c) => !state.items.some((i) => i.kind === 'campaign' && i['campaignId'] === c.id))}
            onAdd={(c) => append({ id: newItemId('campaign'), kind: 'campaign', title: c.name, campaignId: c.id, skip: [] })}
          />
        </div>
      )}
      {picking && <SpotlightPicker centreId={state.centreId} onAdd={(items) => setItems([...state.items, ...(items as Draft[])])} onClose={() => setPicking(false)} />}

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
