import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citizenIdCheckChar,
  creditCodeCheckChar,
  isValidCitizenId,
  isValidCreditCode,
  maskIdNumber,
  maskName,
} from '#domain/identity';
import { citizenId, creditCode, gbCitizenCheck, USCC_ALPHABET } from './fixtures';

describe('citizen ID (GB 11643)', () => {
  it('accepts the standard example whose check character is X', () => {
    expect(citizenIdCheckChar('11010519491231002')).toBe('X');
    expect(isValidCitizenId('11010519491231002X')).toBe(true);
  });

  it('accepts IDs with a numeric check digit', () => {
    for (const first17 of ['33010219900307123', '44030419851123456', '51010720000101000']) {
      const id = citizenId(first17);
      expect(id[17]).toMatch(/\d/);
      expect(isValidCitizenId(id)).toBe(true);
    }
  });

  it('yields every possible check character 0-9 and X', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 200 && seen.size < 11; n++) seen.add(citizenIdCheckChar(`110101199001011${String(n).padStart(2, '0')}`));
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidCitizenId('110105194912310021')).toBe(false);
    expect(isValidCitizenId('110105194912310020')).toBe(false);
  });

  it('rejects a lowercase x check character', () => {
    expect(isValidCitizenId('11010519491231002x')).toBe(false);
  });

  it.each([
    ['17 characters', '11010519491231002'],
    ['19 characters', '11010519491231002X0'],
    ['15-digit first generation number', '110105491231002'],
    ['empty', ''],
    ['letter in the body', '1101051949123100AX'],
    ['X not at the end', '1101051949123100X2'],
    ['surrounding spaces', ' 11010519491231002X'],
    ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
  ])('rejects %s', (_label, id) => {
    expect(isValidCitizenId(id)).toBe(false);
  });

  describe('birth date', () => {
    it('accepts Feb 29 in leap years (2000, 2024) and rejects it otherwise (1900, 2023)', () => {
      expect(isValidCitizenId(citizenId('11010120000229001'))).toBe(true);
      expect(isValidCitizenId(citizenId('11010120240229001'))).toBe(true);
      expect(isValidCitizenId(citizenId('11010119000229001'))).toBe(false);
      expect(isValidCitizenId(citizenId('11010120230229001'))).toBe(false);
    });

    it.each([
      ['month 00', '11010119900001001'],
      ['month 13', '11010119901301001'],
      ['day 00', '11010119900100001'],
      ['day 32', '11010119900132001'],
      ['April 31', '11010119900431001'],
      ['Feb 30', '11010120000230001'],
      ['year before 1900', '11010118991231001'],
    ])('rejects %s even with a correct check digit', (_label, first17) => {
      expect(isValidCitizenId(citizenId(first17))).toBe(false);
    });

    it('accepts month and day boundaries', () => {
      expect(isValidCitizenId(citizenId('11010119000101001'))).toBe(true);
      expect(isValidCitizenId(citizenId('11010119991231001'))).toBe(true);
      expect(isValidCitizenId(citizenId('11010119900430001'))).toBe(true);
    });
  });

  const validBirth = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

  it('property: region + valid birth date + sequence + computed check char is valid', () => {
    fc.assert(
      fc.property(digits(6), validBirth, digits(3), (region, birth, seq) => {
        const first17 = region + birth + seq;
        expect(citizenIdCheckChar(first17)).toBe(gbCitizenCheck(first17));
        expect(isValidCitizenId(first17 + gbCitizenCheck(first17))).toBe(true);
      }),
      { seed: 11643, numRuns: 300 },
    );
  });

  it('property: every other check character is rejected', () => {
    fc.assert(
      fc.property(digits(6), validBirth, digits(3), fc.constantFrom(...'0123456789X'), (region, birth, seq, check) => {
        const first17 = region + birth + seq;
        fc.pre(check !== gbCitizenCheck(first17));
        expect(isValidCitizenId(first17 + check)).toBe(false);
      }),
      { seed: 1999, numRuns: 300 },
    );
  });
});

describe('unified social credit code (GB 32100)', () => {
  it.each(['91350100M000100Y43', '91110000600037341L'])('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('accepts a code whose check character is 0 (sum divisible by 31)', () => {
    let found: string | undefined;
    for (let n = 0; n < 1000 && !found; n++) {
      const first17 = `9133010${String(n).padStart(10, '0')}`;
      if (creditCodeCheckChar(first17) === '0') found = `${first17}0`;
    }
    expect(found).toBeDefined();
    expect(isValidCreditCode(found!)).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91110000600037341M')).toBe(false);
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the excluded letter %s anywhere in the code', (letter) => {
    const body = `91350100${letter}00010043`.slice(0, 17);
    expect(body).toHaveLength(17);
    expect(isValidCreditCode(body + creditCodeCheckChar(body))).toBe(false);
    expect(isValidCreditCode(`91350100M000100Y4${letter}`)).toBe(false);
  });

  it.each([
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y430'],
    ['lowercase letters', '91350100m000100y43'],
    ['a hyphen', '91350100-000100Y43'],
    ['empty', ''],
  ])('rejects %s', (_label, code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  const body17 = fc.string({ unit: fc.constantFrom(...USCC_ALPHABET), minLength: 17, maxLength: 17 });

  it('property: 17 allowed characters + computed check char is valid', () => {
    fc.assert(
      fc.property(body17, (first17) => {
        expect(isValidCreditCode(creditCode(first17))).toBe(true);
      }),
      { seed: 32100, numRuns: 300 },
    );
  });

  it('property: changing any single character of a valid code makes it invalid', () => {
    fc.assert(
      fc.property(body17, fc.nat(17), fc.constantFrom(...USCC_ALPHABET, 'I', 'O', 'Z', 'S', 'V', 'a'), (first17, pos, ch) => {
        const code = creditCode(first17);
        fc.pre(code[pos] !== ch);
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        expect(isValidCreditCode(changed)).toBe(false);
      }),
      { seed: 2015, numRuns: 500 },
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 characters of an 18-character ID', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdNumber('91350100M000100Y43')).toBe('913***********0Y43');
  });

  it('masks a phone number the same way', () => {
    expect(maskIdNumber('13812345678')).toBe('138****5678');
  });

  it('masks short values completely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('123')).toBe('***');
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('12345678')).toBe('123*5678');
  });

  it('never shows the birth date of a citizen ID', () => {
    expect(maskIdNumber('11010519491231002X')).not.toContain('19491231');
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['王小明', '王**'],
    ['欧阳娜娜', '欧***'],
    ['李', '李'],
    ['', ''],
    ['Alice', 'A****'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('counts characters outside the BMP as one character', () => {
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });
});
