/**
 * Citizen identification numbers (số định danh cá nhân, printed on the căn cước card): 12 digits.
 * Structure per Nghị định 137/2015/NĐ-CP Điều 13 and Thông tư 59/2021/TT-BCA Điều 7 (kept by the
 * Luật Căn cước 2023): 3 digits for the province of birth registration, 1 digit for gender and
 * century of birth, 2 digits for the year of birth, 6 random digits.
 */

// Province codes of birth registration: the 63 pre-2025 provinces (same numbering as the GSO codes).
const PROVINCE_CODES = new Set(
  (
    '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 ' +
    '51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'
  )
    .split(' ')
    .map((c) => c.padStart(3, '0')),
);

export type Gender = 'male' | 'female';

export type CitizenIdCheck = { ok: true; value: string } | { ok: false; reason: string };

/**
 * Validates a citizen ID. When a birth date and gender are known, the gender/century digit and the
 * two year digits must agree with them (TT 59/2021/TT-BCA Điều 7 khoản 2).
 */
export function checkCitizenId(
  raw: string,
  known: { birthDate?: string | null; gender?: Gender | null } = {},
): CitizenIdCheck {
  const value = raw.replace(/[\s.-]/g, '');
  if (!/^\d{12}$/.test(value)) return { ok: false, reason: 'Số định danh cá nhân phải gồm đúng 12 chữ số' };
  const province = value.slice(0, 3);
  if (!PROVINCE_CODES.has(province)) {
    return { ok: false, reason: `Mã tỉnh nơi đăng ký khai sinh "${province}" không hợp lệ` };
  }
  const genderCentury = Number(value[3]);
  const yearDigits = value.slice(4, 6);
  const { birthDate, gender } = known;
  if (birthDate) {
    const year = Number(birthDate.slice(0, 4));
    const century = Math.floor((year - 1900) / 100); // 0 = 1900s, 1 = 2000s, …
    const expectedBase = century * 2;
    if (century < 0 || century > 4 || Math.floor(genderCentury / 2) !== century) {
      return { ok: false, reason: 'Chữ số thứ 4 (giới tính, thế kỷ sinh) không khớp với năm sinh' };
    }
    if (String(year % 100).padStart(2, '0') !== yearDigits) {
      return { ok: false, reason: 'Chữ số thứ 5–6 không khớp với năm sinh' };
    }
    if (gender && genderCentury !== expectedBase + (gender === 'female' ? 1 : 0)) {
      return { ok: false, reason: 'Chữ số thứ 4 (giới tính, thế kỷ sinh) không khớp với giới tính' };
    }
  }
  return { ok: true, value };
}

/** Masked display: the province code and the last three digits stay visible ("002*******123"). */
export function maskCitizenId(value: string): string {
  if (value.length !== 12) return '************';
  return value.slice(0, 3) + '*'.repeat(6) + value.slice(9);
}
