import { type Playlist, PlaylistSchema } from '@hcc/shared/schemas/playlist';
import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { apiFetch } from '../lib/api';
import { Slide } from '../slides/Slide';
import { errorText } from './i18n';

/** Playlists with publish and a preview drawn by the player's own renderers. */
export function Playlists({ canEdit }: { canEdit: boolean }) {
  const [items, setItems] = useState<Playlist[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [preview, setPreview] = useState<{ playlist: Playlist; index: number } | null>(null);
  const reload = async () => setItems(z.object({ items: z.array(PlaylistSchema) }).parse(await apiFetch('/api/playlists')).items);
  useEffect(() => {
    void reload().catch(() => undefined);
  }, []);

  const publish = async (p: Playlist) => {
    try {
      const r = z.object({ version: z.object({ version: z.number() }) }).parse(await apiFetch(`/api/playlists/${p.id}/publish`, { method: 'POST' }));
      setMessage({ ok: true, text: `Đã xuất bản “${p.name}” – phiên bản ${r.version.version}.` });
      await reload();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, { validation: 'Danh sách phát trống hoặc có mục lỗi; hãy kiểm tra trước khi xuất bản.' }) });
    }
  };

  return (
    <section>
      <h2>Danh sách phát</h2>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status">
          {message.text}
        </p>
      )}
      <ul class="list">
        {items.map((p) => (
          <li class="card row">
            <strong>{p.name}</strong>
            <span>{p.items.length} mục</span>
            <span data-testid={`published-${p.id}`}>{p.publishedVersion ? `Đang phát: phiên bản ${p.publishedVersion}` : 'Chưa xuất bản'}</span>
            <button class="secondary" onClick={() => setPreview({ playlist: p, index: 0 })}>
              Xem trước
            </button>
            {canEdit && (
              <button data-testid={`publish-${p.id}`} onClick={() => publish(p)}>
                Xuất bản
              </button>
            )}
          </li>
        ))}
      </ul>
      {preview && preview.playlist.items[preview.index] && (
        <div class="preview">
          <div class="preview-frame">
            <Slide item={preview.playlist.items[preview.index]!} />
          </div>
          <div class="row">
            <button class="secondary" onClick={() => setPreview({ ...preview, index: (preview.index + preview.playlist.items.length - 1) % preview.playlist.items.length })}>
              ‹ Trước
            </button>
            <span>
              {preview.index + 1} / {preview.playlist.items.length}: {preview.playlist.items[preview.index]!.title}
            </span>
            <button class="secondary" onClick={() => setPreview({ ...preview, index: (preview.index + 1) % preview.playlist.items.length })}>
              Sau ›
            </button>
            <button class="secondary" onClick={() => setPreview(null)}>
              Đóng
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
