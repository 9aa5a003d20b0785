import { DeviceUpdateSchema, PairingApproveSchema } from '@hcc/shared/schemas/device';
import { describe, expect, it } from 'vitest';
import { afterPairing, deviceEdit, deviceUpdate, pairingApproval } from './device-forms';

describe('pairingApproval', () => {
  const form = { code: '123 456', name: 'Màn hình sảnh', centreId: 'xa-a', group: '  ' };

  it('sends the code as the server reads it (no spaces) and a blank group as none', () => {
    const a = pairingApproval(form);
    expect(a).toEqual({ ok: true, body: { code: '123456', name: 'Màn hình sảnh', centreId: 'xa-a', group: null } });
    expect(a.ok && PairingApproveSchema.safeParse(a.body).success).toBe(true);
    expect(pairingApproval({ ...form, group: ' sảnh ' })).toMatchObject({ body: { group: 'sảnh' } });
  });
  it('asks for the centre instead of sending a device to none', () => {
    expect(pairingApproval({ ...form, centreId: '' })).toEqual({ ok: false, missing: 'centreId' });
  });
  it('keeps the centre and group for the next device of the room, not its code and name', () => {
    expect(afterPairing({ ...form, group: 'sảnh' })).toEqual({ code: '', name: '', centreId: 'xa-a', group: 'sảnh' });
  });
});

describe('device edits', () => {
  it('round-trips a device through its form, a blank group becoming none', () => {
    const edit = deviceEdit({ id: 'd1', name: 'TV 1', centreId: 'xa-a', group: null });
    expect(edit.group).toBe('');
    expect(deviceUpdate(edit)).toEqual({ name: 'TV 1', centreId: 'xa-a', group: null });
    expect(DeviceUpdateSchema.safeParse(deviceUpdate({ ...edit, group: ' tầng 2 ' })).data).toEqual({ name: 'TV 1', centreId: 'xa-a', group: 'tầng 2' });
  });
});
