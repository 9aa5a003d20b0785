/**
 * The land procedures' codes in the national crawl, named as the land batches label them (land24-batch.ts,
 * land28-batch.ts): one list, so two batches cannot label the same act with different codes by a slip.
 */
export const FIRST = '1.013978';
export const LOST = '1.012786';
export const EXCHANGE = '1.012783';
export const CORRECT = ['1.012790', '1.012796'];
export const CHANGE_INFO = '1.013833';
export const AREA = ['1.012781', EXCHANGE, ...CORRECT];
export const TRANSFER = '1.013831';
export const CONTRACT = '2.001035';
export const SALE_GIFT = [TRANSFER, CONTRACT];
export const INHERIT = ['2.001406', TRANSFER];
export const PROJECT_HOUSE = '1.012787';
export const SPLIT_MERGE = '1.012784';
export const CHANGE_USE = ['1.013949', '1.013823', '1.013992'];
export const STATE_LEASE = ['1.013949', '1.013823'];
export const MORTGAGE = '1.011441';
export const RELEASE = '1.011443';
export const DISPUTE = ['1.012812', '1.013967'];
export const PERMIT_NEW = '1.013225';
export const PERMIT_REPAIR = '1.013229';
