import type { Device, DeviceUpdateSchema, PairingApproveSchema } from '@hcc/shared/schemas/device';
import type * as z from 'zod/mini';

/** The pairing form as typed: the code as shown on the screen ("123 456"), the group free text. */
export interface PairingForm {
  code: string;
  name: string;
  centreId: string;
  group: string;
}
/** A device being renamed or moved, as its row's form holds it. */
export interface DeviceEdit {
  id: string;
  name: string;
  centreId: string;
  group: string;
}

/** An empty group is no group: the wall filters and the player's targeting treat null as "none". */
const groupOrNull = (group: string) => group.trim() || null;

/**
 * What the pairing form sends, or the field it still needs. A centre is never guessed: a device
 * paired to the wrong centre plays another commune's loop.
 */
export function pairingApproval(form: PairingForm): { ok: true; body: z.input<typeof PairingApproveSchema> } | { ok: false; missing: 'centreId' } {
  if (!form.centreId) return { ok: false, missing: 'centreId' };
  return { ok: true, body: { code: form.code.replace(/\s/g, ''), name: form.name, centreId: form.centreId, group: groupOrNull(form.group) } };
}

/** The pairing form after a device is paired: the centre and group stay for the next screen of the same room. */
export const afterPairing = (form: PairingForm): PairingForm => ({ ...form, code: '', name: '' });

export const deviceEdit = (d: Pick<Device, 'id' | 'name' | 'centreId' | 'group'>): DeviceEdit => ({ id: d.id, name: d.name, centreId: d.centreId, group: d.group ?? '' });

export const deviceUpdate = (e: DeviceEdit): z.input<typeof DeviceUpdateSchema> => ({ name: e.name, centreId: e.centreId, group: groupOrNull(e.group) });
