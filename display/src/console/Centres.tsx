import { unitFromName } from '@hcc/shared/reports/letterhead';
import { centreApi } from '@hcc/shared/api/centres';
import type { Centre } from '@hcc/shared/schemas/centre';
import type { StaffUser } from '@hcc/shared/schemas/staff';
import { useContext, useState } from 'preact/hooks';
import { LangContext, useT } from './i18n';
import { staffApi } from './staff-api';
import { failure, Field, type Notice, NoticeLine } from './ui';

interface Form {
  id: string;
  kind: Centre['kind'];
  name: string;
  parentId: string;
  address: string;
  hotline: string;
  adminUnit: string;
  parentBody: string;
  placeName: string;
  signerTitle: string;
  recipients: string;
}

const blank = (parentId: string): Form => ({
  id: '',
  kind: parentId ? 'commune' : 'province',
  name: '',
  parentId,
  address: '',
  hotline: '1022',
  adminUnit: '',
  parentBody: '',
  placeName: '',
  signerTitle: 'Giám đốc',
  recipients: '',
});

/** A centre as the form edits it; an older centre without letterhead fields gets them proposed from its name. */
function formOf(c: Centre): Form {
  const unit = c.official?.adminUnit ?? unitFromName(c.name) ?? '';
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    parentId: c.parentId ?? '',
    address: c.address,
    hotline: c.hotline,
    adminUnit: unit,
    parentBody: c.official?.parentBody ?? (unit ? `Ủy ban nhân dân ${unit}` : ''),
    placeName: c.official?.placeName ?? unit.replace(/^(xã|phường|đặc khu|thị trấn|tỉnh|thành phố)\s+/iu, ''),
    signerTitle: c.official?.signerTitle ?? 'Giám đốc',
    recipients: (c.official?.recipients ?? []).join('\n'),
  };
}

/**
 * The centres and their province → commune tree, with how each signs its reports. A deployment started
 * without the demo begins here: create the province, then its communes, then pair their screens.
 */
export function Centres({ centres, self, onChanged }: { centres: Centre[]; self: StaffUser; onChanged: () => Promise<void> }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [form, setForm] = useState<Form | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const provinces = centres.filter((c) => c.kind === 'province');
  const set = (patch: Partial<Form>) => form && setForm({ ...form, ...patch });
  const open = (f: Form, id: string | null) => {
    setForm(f);
    setEditing(id);
    setFields({});
    setNotice(null);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!form) return;
    const body = {
      id: form.id.trim(),
      kind: form.kind,
      name: form.name,
      parentId: form.kind === 'province' ? null : form.parentId || null,
      address: form.address,
      hotline: form.hotline,
      official: {
        adminUnit: form.adminUnit,
        parentBody: form.parentBody,
        placeName: form.placeName,
        signerTitle: form.signerTitle,
        recipients: form.recipients
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean),
      },
    };
    try {
      const saved = await (editing ? staffApi(centreApi.update, { params: { id: editing }, body }) : staffApi(centreApi.create, { body }));
      setForm(null);
      setEditing(null);
      // The notice comes once the list shows the change; the centre is saved even if the list fails to refresh.
      await onChanged().catch(() => undefined);
      setNotice({ ok: true, text: t(`Đã lưu “${saved.name}”.`, `Saved “${saved.name}”.`) });
    } catch (err) {
      const f = failure(err, lang, { conflict: t('Mã trung tâm đã có, hoặc trung tâm còn các xã trực thuộc.', 'That id exists, or the centre still has communes.') });
      setNotice(f.notice);
      setFields(f.fields);
    }
  };

  const row = (c: Centre, depth: number) => (
    <li class="card row" data-testid="centre-row" data-centre={c.id} style={{ marginLeft: `${depth * 24}px` }}>
      <span class="grow">
        <strong>{c.name}</strong>
        <br />
        <small>{c.official ? `${c.official.parentBody} · ${c.official.placeName}` : t('Chưa có thông tin ký báo cáo — hãy bổ sung', 'No letterhead yet — please fill it in')}</small>
      </span>
      <button class="secondary" data-testid="centre-edit" onClick={() => open(formOf(c), c.id)}>
        {t('Sửa', 'Edit')}
      </button>
      {c.kind === 'province' && (
        <button class="secondary" data-testid="centre-add-commune" onClick={() => open(blank(c.id), null)}>
          {t('+ Thêm xã, phường', '+ Add commune')}
        </button>
      )}
    </li>
  );

  return (
    <section>
      <h2>{t('Trung tâm', 'Centres')}</h2>
      <NoticeLine notice={notice} testId="centres-notice" />
      {!centres.length && (
        <p class="warning">
          {t(
            'Chưa có trung tâm nào. Tạo tỉnh trước, rồi đến các xã, phường; sau đó mới ghép màn hình và kiosk.',
            'No centre yet. Create the province first, then its communes; then pair screens and kiosks.',
          )}
        </p>
      )}
      <ul class="list" data-testid="centre-tree">
        {provinces.flatMap((p) => [row(p, 0), ...centres.filter((c) => c.parentId === p.id).map((c) => row(c, 1))])}
        {centres.filter((c) => c.kind === 'commune' && !provinces.some((p) => p.id === c.parentId)).map((c) => row(c, 0))}
      </ul>
      {self.centreId === null && !form && (
        <button data-testid="centre-add-province" onClick={() => open(blank(''), null)}>
          {t('+ Thêm tỉnh, thành phố', '+ Add province')}
        </button>
      )}
      {form && (
        <form class="card grid" data-testid="centre-form" onSubmit={save}>
          <Field label={t('Mã (chữ không dấu, gạch nối)', 'Id (letters, digits, dashes)')} error={fields.id}>
            <input data-testid="centre-id" value={form.id} disabled={editing !== null} placeholder="vd: long-thanh" onInput={(e) => set({ id: e.currentTarget.value })} />
          </Field>
          <Field label={t('Tên hiển thị', 'Display name')} error={fields.name}>
            <input data-testid="centre-name" value={form.name} placeholder="Trung tâm Phục vụ hành chính công xã …" onInput={(e) => set({ name: e.currentTarget.value })} />
          </Field>
          <Field label={t('Cấp', 'Level')} error={fields.kind}>
            <select data-testid="centre-kind" value={form.kind} disabled={self.centreId !== null} onChange={(e) => set({ kind: e.currentTarget.value as Centre['kind'] })}>
              <option value="commune">{t('Xã, phường, đặc khu', 'Commune or ward')}</option>
              <option value="province">{t('Tỉnh, thành phố', 'Province')}</option>
            </select>
          </Field>
          {form.kind === 'commune' && (
            <Field label={t('Thuộc tỉnh', 'Province')} error={fields.parentId}>
              <select data-testid="centre-parent" value={form.parentId} disabled={self.centreId !== null && editing !== null} onChange={(e) => set({ parentId: e.currentTarget.value })}>
                <option value="">{t('— chọn tỉnh —', '— choose —')}</option>
                {provinces.map((p) => (
                  <option value={p.id}>{p.name}</option>
                ))}
              </select>
            </Field>
          )}
          <Field label={t('Đơn vị hành chính (vd: xã Long Thành)', 'Administrative unit')} error={fields['official.adminUnit']}>
            <input data-testid="centre-unit" value={form.adminUnit} onInput={(e) => set({ adminUnit: e.currentTarget.value })} />
          </Field>
          <Field label={t('Cơ quan chủ quản (dòng trên của quốc hiệu)', 'Governing body (letterhead)')} error={fields['official.parentBody']}>
            <input data-testid="centre-parent-body" value={form.parentBody} placeholder="Ủy ban nhân dân xã …" onInput={(e) => set({ parentBody: e.currentTarget.value })} />
          </Field>
          <Field label={t('Địa danh ghi trước ngày tháng', 'Place before the date')} error={fields['official.placeName']}>
            <input data-testid="centre-place" value={form.placeName} onInput={(e) => set({ placeName: e.currentTarget.value })} />
          </Field>
          <Field label={t('Chức danh người ký', "Signer's title")} error={fields['official.signerTitle']}>
            <input data-testid="centre-signer" value={form.signerTitle} onInput={(e) => set({ signerTitle: e.currentTarget.value })} />
          </Field>
          <Field label={t('Địa chỉ', 'Address')}>
            <input value={form.address} onInput={(e) => set({ address: e.currentTarget.value })} />
          </Field>
          <Field label={t('Đường dây nóng', 'Hotline')}>
            <input value={form.hotline} onInput={(e) => set({ hotline: e.currentTarget.value })} />
          </Field>
          <Field
            wide
            label={t('Nơi nhận báo cáo (mỗi dòng một nơi; để trống dùng mặc định theo kế hoạch)', 'Recipients (one per line; empty for the plan’s default)')}
            error={fields['official.recipients']}
          >
            <textarea data-testid="centre-recipients" rows={3} value={form.recipients} onInput={(e) => set({ recipients: e.currentTarget.value })} />
          </Field>
          <div class="row wide">
            <button type="submit" data-testid="centre-save">
              {t('Lưu trung tâm', 'Save centre')}
            </button>
            <button type="button" class="secondary" onClick={() => setForm(null)}>
              {t('Huỷ', 'Cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
