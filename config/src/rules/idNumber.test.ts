import { checkCharacter, checkIdNumber } from './idNumber';

describe('checkIdNumber (GB 11643)', () => {
  it.each([
    ['11010519491231002X', { ok: true, birthDate: '1949-12-31', gender: 'female' }],
    ['11010519491231002x', { ok: true, birthDate: '1949-12-31', gender: 'female' }],
    [' 11010519491231002X ', { ok: true, birthDate: '1949-12-31', gender: 'female' }],
    ['110105199003071239', { ok: true, birthDate: '1990-03-07', gender: 'male' }],
    ['320102198511200012', { ok: true, birthDate: '1985-11-20', gender: 'male' }],
    ['320102198511200013', { ok: false, reason: 'id_check_digit' }],
    ['440524188001010014', { ok: false, reason: 'id_birth_date' }],
    ['110105194912310021', { ok: false, reason: 'id_check_digit' }],
    ['11010519491231002', { ok: false, reason: 'id_length' }],
    ['1101051949123100211', { ok: false, reason: 'id_length' }],
    ['11010519490230002X', { ok: false, reason: 'id_birth_date' }],
    ['110105194913310020', { ok: false, reason: 'id_birth_date' }],
    ['11010518991231002X', { ok: false, reason: 'id_birth_date' }],
    ['1101051949123100A2', { ok: false, reason: 'id_length' }],
    ['', { ok: false, reason: 'id_length' }],
  ])('%s → %j', (id, expected) => {
    expect(checkIdNumber(id)).toEqual(expected);
  });

  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
  ])('the check character of %s is %s', (first17, check) => {
    expect(checkCharacter(first17)).toBe(check);
  });
});
