/**
 * What citizens ask for most at a commune counter (birth, marriage, civil status, residence,
 * certified copies, death): the demo's spotlights and the kiosk's "common procedures" before it has
 * view counts of its own.
 */
export const COMMON_PROCEDURE_CODES = ['1.001193', '1.000894', '1.004873', '1.004222', '2.000815', '1.000656', '1.004194', '2.000635'];

/**
 * What people call the common procedures, for big home-screen tiles: the official names run to a
 * paragraph ("Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền…").
 */
export const COMMON_PROCEDURE_SHORT_NAMES: Readonly<Record<string, { vi: string; en: string }>> = {
  '1.001193': { vi: 'Đăng ký khai sinh', en: 'Register a birth' },
  '1.000894': { vi: 'Đăng ký kết hôn', en: 'Register a marriage' },
  '1.004873': { vi: 'Xác nhận tình trạng hôn nhân (giấy độc thân)', en: 'Marital status certificate' },
  '1.004222': { vi: 'Đăng ký thường trú', en: 'Permanent residence' },
  '2.000815': { vi: 'Chứng thực bản sao', en: 'Certified copies' },
  '1.000656': { vi: 'Đăng ký khai tử', en: 'Register a death' },
  '1.004194': { vi: 'Đăng ký tạm trú', en: 'Temporary residence' },
  '2.000635': { vi: 'Bản sao giấy khai sinh, trích lục hộ tịch', en: 'Copy of a birth or civil record' },
};
