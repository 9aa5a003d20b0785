import * as z from 'zod/mini';
import { DateOnlySchema, IdSchema, InstantSchema } from './common';
import { Sha256Schema } from './media';

/**
 * What the plans count beyond the screens: the forms of their appendix rows ("tin, bài, phóng sự,
 * khẩu hiệu, băng rôn, pano, tờ rơi, hội nghị", bulletins on the website and the Zalo OA).
 */
export const RegisterFormSchema = z.enum([
  'tin_bai',
  'phong_su',
  'ban_tin_website',
  'zalo',
  'mang_xa_hoi',
  'khau_hieu_bang_ron',
  'pano_ap_phich',
  'to_roi_so_tay',
  'hoi_nghi_tap_huan',
  'doi_thoai',
  'truyen_thanh',
  'van_nghe_luu_dong',
  'khac',
]);
export type RegisterForm = z.infer<typeof RegisterFormSchema>;
export const REGISTER_FORM_LABELS: Record<RegisterForm, string> = {
  tin_bai: 'Tin, bài viết',
  phong_su: 'Phóng sự, video',
  ban_tin_website: 'Bản tin trên trang thông tin điện tử',
  zalo: 'Bài đăng Zalo OA',
  mang_xa_hoi: 'Mạng xã hội (Facebook, TikTok…)',
  khau_hieu_bang_ron: 'Khẩu hiệu, băng rôn',
  pano_ap_phich: 'Pano, áp phích',
  to_roi_so_tay: 'Tờ rơi, tờ gấp, sổ tay',
  hoi_nghi_tap_huan: 'Hội nghị, hội thảo, tập huấn',
  doi_thoai: 'Đối thoại, tọa đàm',
  truyen_thanh: 'Truyền thanh cơ sở',
  van_nghe_luu_dong: 'Văn nghệ, tuyên truyền lưu động',
  khac: 'Hình thức khác',
};

/** Where the proof is: a photo or file uploaded to the media library, or a link to the published piece. */
export const RegisterProofSchema = z.union([
  z.strictObject({ kind: z.literal('media'), mediaId: Sha256Schema }),
  z.strictObject({ kind: z.literal('link'), url: z.url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' }).check(z.maxLength(2000)) }),
]);
export type RegisterProof = z.infer<typeof RegisterProofSchema>;

/** One thing done outside the screens, recorded by staff on the tablet: what, when, how many, where, and the proof. */
export const RegisterEntryInputSchema = z.strictObject({
  centreId: IdSchema,
  /** The plan row it counts towards; null when it answers no row (still listed in the report). */
  targetId: z._default(z.nullable(IdSchema), null),
  date: DateOnlySchema,
  form: RegisterFormSchema,
  count: z._default(z.int().check(z.minimum(1, 'at least 1'), z.maximum(10_000)), 1),
  title: z.string().check(z.trim(), z.minLength(1, 'say what was done'), z.maxLength(300)),
  place: z._default(z.string().check(z.trim(), z.maxLength(300)), ''),
  proof: z._default(z.nullable(RegisterProofSchema), null),
});
export type RegisterEntryInput = z.infer<typeof RegisterEntryInputSchema>;

/** Entries are never edited: a wrong one is withdrawn (kept, with who and why) and entered again. */
export const RegisterEntrySchema = z.extend(RegisterEntryInputSchema, {
  id: IdSchema,
  createdAt: InstantSchema,
  createdBy: z.string(),
  withdrawn: z.nullable(z.object({ at: InstantSchema, by: z.string(), reason: z.string() })),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

export const RegisterWithdrawSchema = z.strictObject({ reason: z.string().check(z.trim(), z.minLength(1, 'say why'), z.maxLength(300)) });
