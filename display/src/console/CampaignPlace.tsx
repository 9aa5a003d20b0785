import type { Centre } from '@hcc/shared/schemas/centre';
import { playlistApi } from '@hcc/shared/api/playlists';
import type { CampaignRef, Playlist, PlaylistVersion } from '@hcc/shared/schemas/playlist';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n';
import { staffApi } from './staff-api';

/** The province's published playlists addressed to this centre: the campaigns it may include. */
export function useCampaigns(centreId: string, centres: Centre[]): Playlist[] {
  const [all, setAll] = useState<Playlist[]>([]);
  useEffect(
    () =>
      void staffApi(playlistApi.list).then(
        (r) => setAll(r.items),
        () => setAll([]),
      ),
    [centreId],
  );
  const province = centres.find((c) => c.id === centreId)?.parentId;
  return all.filter((p) => p.centreId === province && p.publishedVersion !== null && p.target.centreIds.includes(centreId));
}

/** Buttons that put a campaign's place in the playlist. */
export function CampaignPicker({ campaigns, onAdd }: { campaigns: Playlist[]; onAdd: (p: Playlist) => void }) {
  const t = useT();
  return (
    <>
      {campaigns.map((p) => (
        <button class="secondary" data-testid="add-campaign" data-campaign={p.id} onClick={() => onAdd(p)}>
          + {t('Chiến dịch của tỉnh', 'Province campaign')}: {p.name}
        </button>
      ))}
    </>
  );
}

/** A campaign's place: which of its items (as last published) play here. */
export function CampaignPlace({ place, onChange }: { place: CampaignRef; onChange: (p: CampaignRef) => void }) {
  const t = useT();
  const [version, setVersion] = useState<PlaylistVersion | null>(null);
  useEffect(
    () =>
      void staffApi(playlistApi.versions, { params: { id: place.campaignId } }).then(
        (r) => setVersion(r.items[0] ?? null),
        () => setVersion(null),
      ),
    [place.campaignId],
  );
  if (!version) return <p class="preview-empty">{t('Chiến dịch chưa được xuất bản hoặc không còn.', 'The campaign is not published, or no longer exists.')}</p>;
  const skip = new Set(place.skip);
  return (
    <fieldset class="card" data-testid="campaign-place">
      <legend>
        {version.name} — {t('phiên bản', 'version')} {version.version}
      </legend>
      <p>
        {t(
          'Các mục của tỉnh phát tại vị trí này; bỏ chọn mục không phát ở trung tâm mình. Khi tỉnh xuất bản lại, danh sách này tự cập nhật.',
          "The province's items play here; untick those your centre leaves out. When the province publishes again, this playlist follows.",
        )}
      </p>
      {version.items.map((i) => (
        <label class="row">
          <input
            type="checkbox"
            data-testid="campaign-item"
            checked={!skip.has(i.id)}
            onChange={(e) => onChange({ ...place, skip: e.currentTarget.checked ? place.skip.filter((x) => x !== i.id) : [...place.skip, i.id] })}
          />
          {i.title}
        </label>
      ))}
    </fieldset>
  );
}
