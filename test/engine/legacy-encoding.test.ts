import { decodeLegacy, describeEncoding, detectLegacyEncoding, encodeLegacy, isDecomposed, isPlainVietnamese, isVietnameseSyllable } from '../../engine/text/legacy-encoding';

// Phrases from NTM/OCOP workbooks. Capitals carry no tone, since TCVN3 has no codes for them.
const PHRASES = [
  'Xã Vĩnh Hòa đạt chuẩn nông thôn mới',
  'Hợp tác xã',
  'Đồng bằng sông Cửu Long',
  'Trường học',
  'Nhà ở dân cư',
  'Quốc phòng và An ninh',
  'Thông tin',
  'Việt Nam',
  'Thu nhập bình quân đầu người',
  'Tỷ lệ hộ nghèo đa chiều',
  'Sản phẩm OCOP đạt 4 sao',
  'Giao thông nông thôn',
  'Môi trường và an toàn thực phẩm',
  'Cơ sở vật chất văn hóa',
  'Thủy lợi và phòng chống thiên tai',
  'Điện nông thôn',
  'Giáo dục và Đào tạo',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Bảo hiểm y tế',
  'Huyện Krông Búk tỉnh Đắk Lắk',
  'Nguyễn Văn Mười',
  'Khuyến nông',
  'Năm đạt chuẩn',
  'Chợ nông thôn',
];

describe('legacy encodings: tables', () => {
  test('known spellings decode as expected', () => {
    expect(decodeLegacy('Th«ng tin', 'TCVN3')).toBe('Thông tin');
    expect(decodeLegacy('§ång b»ng', 'TCVN3')).toBe('Đồng bằng');
    expect(decodeLegacy('Tr\u00adêng häc', 'TCVN3')).toBe('Trường học');
    expect(decodeLegacy('Vieät Nam', 'VNI')).toBe('Việt Nam');
    expect(decodeLegacy('Ñoàng baèng', 'VNI')).toBe('Đồng bằng');
    expect(decodeLegacy('ñ', 'VNI')).toBe('đ');
    expect(decodeLegacy('VIEÄT NAM', 'VNI')).toBe('VIỆT NAM');
    expect(decodeLegacy('Tröôøng hoïc', 'VNI')).toBe('Trường học');
  });

  test.each(['TCVN3', 'VNI'] as const)('%s: every toned vowel round-trips', (encoding) => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
    const all = [...vowels].flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))).join(' ') + ' đ Đ Ă Â Ê Ô Ơ Ư';
    const encoded = encodeLegacy(all, encoding);
    expect(decodeLegacy(encoded, encoding)).toBe(all);
    expect(encodeLegacy(decodeLegacy(encoded, encoding), encoding)).toBe(encoded);
    // Every letter has its own legacy spelling: nothing outside Latin-1 is left.
    expect(/[^\u0000-\u00ff]/u.test(encoded)).toBe(false);
  });

  test('VNI writes capitals with capital marks', () => {
    const text = 'ĐỒNG BẰNG SÔNG CỬU LONG';
    expect(encodeLegacy(text, 'VNI')).toBe('ÑOÀNG BAÈNG SOÂNG CÖÛU LONG');
    expect(decodeLegacy(encodeLegacy(text, 'VNI'), 'VNI')).toBe(text);
  });
});

describe('detectLegacyEncoding', () => {
  test.each(PHRASES)('TCVN3: %s', (phrase) => {
    const encoded = encodeLegacy(phrase, 'TCVN3');
    expect(encodeLegacy(decodeLegacy(encoded, 'TCVN3'), 'TCVN3')).toBe(encoded);
    expect(detectLegacyEncoding(encoded)).toEqual({ encoding: 'TCVN3', unicode: phrase });
  });

  test.each(PHRASES)('VNI: %s', (phrase) => {
    const encoded = encodeLegacy(phrase, 'VNI');
    expect(encodeLegacy(decodeLegacy(encoded, 'VNI'), 'VNI')).toBe(encoded);
    expect(detectLegacyEncoding(encoded)).toEqual({ encoding: 'VNI', unicode: phrase });
  });

  const ORDINARY = [
    ...PHRASES,
    'Thái Bình',
    'Cà Mau',
    'Tây Ninh',
    'TÂY NINH',
    'THÁI BÌNH',
    'Hòa Bình',
    'Hoà Bình',
    'Tân Phú',
    'Phú Yên',
    'NTM nâng cao',
    'Hà Nội',
    'Nghị định 30/2020/NĐ-CP',
    'Café',
    'Café au lait',
    'Crème brûlée',
    'José Martí',
    'Müller',
    'Größe',
    'Señor Peña',
    'Noël',
    'Raphaël',
    'São Paulo',
    'Hôtel de Ville',
    'Zoë',
    'Ångström',
    'naïve résumé',
    'Fiancée',
    '5 µm',
    '© 2024',
    '§ 3',
    '« Bonjour »',
    '25 °C ± 2',
    '100%',
    '1.234,5',
    '2025-01-01',
    'Total: 12',
    'Email: a@b.c',
    'OCOP',
    '',
    'Đắk Lắk',
    'thôn Đông',
    'Cô',
    'Ấp Tân Hòa',
  ];

  test.each(ORDINARY)('not flagged: %s', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  test('decomposed Unicode is not mistaken for a legacy encoding', () => {
    expect(detectLegacyEncoding('Hợp tác xã'.normalize('NFD'))).toBeNull();
  });
});

describe('isVietnameseSyllable', () => {
  test.each(['quỳnh', 'gì', 'giữa', 'khuya', 'thuở', 'nghiêng', 'Đắk', 'hoà', 'hòa', 'khuỷu', 'người', 'xoăn'])('valid: %s', (word) => expect(isVietnameseSyllable(word)).toBe(true));
  test.each(['tèt', 'ci', 'cafe', 'señor', 'ngi', 'thoõng', 'ă', 'hotel', 'ghu', 'kha1'])('invalid: %s', (word) => expect(isVietnameseSyllable(word)).toBe(false));
});

describe('isPlainVietnamese (the fast path that skips detection)', () => {
  test.each(PHRASES.filter((p) => [...p].some((c) => c.charCodeAt(0) > 0xff)))('plain Unicode: %s', (phrase) => {
    expect(isPlainVietnamese(phrase)).toBe(true);
    // What the fast path skips would have found nothing.
    expect(detectLegacyEncoding(phrase)).toBeNull();
    expect(isDecomposed(phrase)).toBe(false);
  });

  test.each(PHRASES)('never legacy or decomposed text: %s', (phrase) => {
    expect(isPlainVietnamese(encodeLegacy(phrase, 'TCVN3'))).toBe(false);
    expect(isPlainVietnamese(encodeLegacy(phrase, 'VNI'))).toBe(false);
    expect(isPlainVietnamese(phrase.normalize('NFD'))).toBe(false);
  });

  test('Latin-1 letters alone ("Xã Hòa") and other scripts take the full check', () => {
    expect(isPlainVietnamese('Xã Hòa')).toBe(false);
    expect(isPlainVietnamese('Tên xã')).toBe(false);
    expect(isPlainVietnamese('Ngày 1 – 12')).toBe(false);
    expect(isPlainVietnamese('Đặc sản ★★★')).toBe(false);
  });
});

describe('isDecomposed and describeEncoding', () => {
  test('NFD text is decomposed, NFC and ASCII are not', () => {
    expect(isDecomposed('Nông thôn mới'.normalize('NFD'))).toBe(true);
    expect(isDecomposed('Nông thôn mới')).toBe(false);
    expect(isDecomposed('OCOP 2025')).toBe(false);
    expect(isDecomposed('')).toBe(false);
  });

  test('names the encodings in Vietnamese', () => {
    expect(describeEncoding('TCVN3')).toBe('mã TCVN3 (ABC, phông .VnTime)');
    expect(describeEncoding('VNI')).toBe('mã VNI (phông VNI-Times)');
    expect(describeEncoding('NFD')).toBe('Unicode tổ hợp (NFD)');
  });
});
