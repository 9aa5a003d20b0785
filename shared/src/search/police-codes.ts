/**
 * The police's residence, ID-card, passport and criminal-record procedures in the national crawl, named as the batches
 * label them (resid30-batch.ts, police68-batch.ts), as land-codes.ts names the land ones: one list, so two batches
 * cannot label the same act with different codes by a slip.
 */
export const THUONG_TRU = ['1.004222'];
export const XOA_THUONG_TRU = ['1.003197'];
export const XOA_OR_THUONG_TRU = [...XOA_THUONG_TRU, ...THUONG_TRU];
export const THUONG_TRU_CHILD = [...THUONG_TRU, '2.000986'];
export const TAM_TRU = ['1.004194'];
export const GIA_HAN_TAM_TRU = ['1.002755'];
export const TAM_VANG = ['1.003677'];
export const TACH_HO = ['1.010038'];
export const XAC_NHAN_CU_TRU = ['1.010041'];
export const CARD_NEW = ['1.014061', '2.000200', '1.001247'];
export const CARD_CHILD = ['1.014062', '1.012549', '1.012543'];
export const CARD_CHANGE = ['1.014063', '2.001195', '1.000889'];
export const CARD_LOST = ['1.014064', '2.001194', '1.000757'];
export const CARD_CHANGE_OR_LOST = [...CARD_CHANGE, ...CARD_LOST];
export const CARD_FIX = [...CARD_CHANGE, '1.012564', '1.014060'];
export const VNEID_LEVEL2 = ['3.000228'];
export const PASSPORT = ['1.001456', '1.001471'];
export const PASSPORT_LOST = [...PASSPORT, '1.010386', '1.010385', '1.001445', '2.000539'];
export const LLTP = ['3.000333'];
