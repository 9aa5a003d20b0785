import { dossierApi } from '@hcc/shared/api/dossiers';
import { request } from '../lib/api';

/** What the console's preview says in place of a dossier slide a TV would pass over (no data, or a stale feed). */
export const HIDDEN_NOTE = 'Chưa có dữ liệu mới: trên màn hình chờ, trang này tự ẩn.';

/**
 * A centre's dossier data for a slide: the TV's own centre with its pairing token (the ready list is
 * served to the centre's screens and signed-in staff only), or the previewed playlist's centre with
 * the console's session cookie (no token). Null when there is nothing to show (the slide steps aside).
 */
const auth = (deviceToken: string | null) => (deviceToken ? { token: deviceToken } : {});

export const loadReadyList = async (centreId: string | null, deviceToken: string | null) =>
  centreId ? request(dossierApi.ready, { query: { centre: centreId } }, auth(deviceToken)).catch(() => null) : null;
export const loadDossierResults = async (centreId: string | null, deviceToken: string | null) =>
  centreId ? request(dossierApi.results, { query: { centre: centreId } }, auth(deviceToken)).catch(() => null) : null;

/** The phone's dossier look-up for this screen's centre (the QR on the ready-list slide). */
export const phoneLookupLink = (centreId: string | null): string | null => (centreId ? `${location.origin}/kiosk/?hoso=1&centre=${encodeURIComponent(centreId)}` : null);
