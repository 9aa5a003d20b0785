import type { Centre } from '@hcc/shared/schemas/centre';
import { userApi } from '@hcc/shared/api/staff';
import { type Role, RoleSchema, type StaffUser, type UserUpdateSchema } from '@hcc/shared/schemas/staff';
import { useContext, useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { LangContext, useT } from './i18n';
import { staffApi } from './staff-api';
import { failure, Field, type Notice, NoticeLine } from './ui';

const ROLE_LABELS: Record<Role, [string, string]> = {
  admin: ['Quản trị', 'Admin'],
  editor: ['Biên tập', 'Editor'],
  viewer: ['Chỉ xem', 'Viewer'],
};
const EMPTY = { username: '', displayName: '', role: 'editor' as Role, centreId: '', password: '' };

/** Staff accounts (admins only): create, change role, disable, reset a password. */
export function Users({ centres, self }: { centres: Centre[]; self: StaffUser }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [users, setUsers] = useState<StaffUser[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [notice, setNotice] = useState<Notice>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const reload = async () => setUsers((await staffApi(userApi.list)).items);
  useEffect(() => void reload().catch(() => undefined), []);

  const call = async (fn: () => Promise<string>) => {
    try {
      setNotice({ ok: true, text: await fn() });
      setFields({});
      await reload();
    } catch (err) {
      const f = failure(err, lang, { conflict: t('Tên đăng nhập đã có, hoặc đây là quản trị viên cuối cùng.', 'That username exists, or this is the last admin.') });
      setNotice(f.notice);
      setFields(f.fields);
    }
  };
  const create = (e: Event) => {
    e.preventDefault();
    void call(async () => {
      await staffApi(userApi.create, { body: { ...form, centreId: form.centreId || null } });
      setForm(EMPTY);
      return t(`Đã tạo tài khoản “${form.username}”.`, `Created “${form.username}”.`);
    });
  };
  const patch = (u: StaffUser, body: z.input<typeof UserUpdateSchema>, done: string) =>
    call(async () => {
      await staffApi(userApi.update, { params: { id: u.id }, body });
      return done;
    });
  const resetPassword = (u: StaffUser) => {
    const password = prompt(t(`Mật khẩu mới cho “${u.username}” (ít nhất 10 ký tự):`, `New password for “${u.username}” (10 characters or more):`));
    if (!password) return;
    void call(async () => {
      await staffApi(userApi.resetPassword, { params: { id: u.id }, body: { password } });
      return t(`Đã đặt lại mật khẩu cho “${u.username}”; người đó phải đăng nhập lại.`, `Password reset for “${u.username}”; they must sign in again.`);
    });
  };

  return (
    <section>
      <h2>{t('Tài khoản cán bộ', 'Staff accounts')}</h2>
      <NoticeLine notice={notice} testId="users-notice" />
      <form class="card grid" onSubmit={create}>
        <Field label={t('Tên đăng nhập', 'Username')} error={fields.username}>
          <input data-testid="user-username" autocomplete="off" value={form.username} onInput={(e) => setForm({ ...form, username: e.currentTarget.value })} />
        </Field>
        <Field label={t('Họ tên', 'Full name')} error={fields.displayName}>
          <input data-testid="user-name" value={form.displayName} onInput={(e) => setForm({ ...form, displayName: e.currentTarget.value })} />
        </Field>
        <Field label={t('Vai trò', 'Role')}>
          <select data-testid="user-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.currentTarget.value as Role })}>
            {RoleSchema.options.map((r) => (
              <option value={r}>{t(...ROLE_LABELS[r])}</option>
            ))}
          </select>
        </Field>
        <Field label={t('Trung tâm', 'Centre')}>
          <select value={form.centreId} onChange={(e) => setForm({ ...form, centreId: e.currentTarget.value })}>
            <option value="">{t('Toàn tỉnh', 'Province-wide')}</option>
            {centres.map((c) => (
              <option value={c.id}>{c.name}</option>
            ))}
          </select>
        </Field>
        <Field label={t('Mật khẩu ban đầu', 'Initial password')} error={fields.password}>
          <input data-testid="user-password" type="password" autocomplete="new-password" value={form.password} onInput={(e) => setForm({ ...form, password: e.currentTarget.value })} />
        </Field>
        <button data-testid="user-create" type="submit">
          {t('Tạo tài khoản', 'Create account')}
        </button>
      </form>
      <ul class="list">
        {users.map((u) => (
          <li class="card row" data-testid="user-row" data-username={u.username}>
            <strong class="grow">
              {u.displayName} ({u.username})
            </strong>
            <select
              aria-label={t('Vai trò', 'Role')}
              value={u.role}
              disabled={u.id === self.id}
              onChange={(e) => patch(u, { role: RoleSchema.parse(e.currentTarget.value) }, t(`Đã đổi vai trò của “${u.username}”.`, `Changed the role of “${u.username}”.`))}
            >
              {RoleSchema.options.map((r) => (
                <option value={r}>{t(...ROLE_LABELS[r])}</option>
              ))}
            </select>
            <span>{u.disabled ? t('Đã khoá', 'Disabled') : t('Đang hoạt động', 'Active')}</span>
            {u.id !== self.id && (
              <button
                class="secondary"
                onClick={() =>
                  patch(u, { disabled: !u.disabled }, u.disabled ? t(`Đã mở khoá “${u.username}”.`, `Enabled “${u.username}”.`) : t(`Đã khoá “${u.username}”.`, `Disabled “${u.username}”.`))
                }
              >
                {u.disabled ? t('Mở khoá', 'Enable') : t('Khoá', 'Disable')}
              </button>
            )}
            <button class="secondary" onClick={() => resetPassword(u)}>
              {t('Đặt lại mật khẩu', 'Reset password')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
