import { describe, expect, it } from 'vitest';
import { ethnicMinority, individualClass, isDirectWorker, isEnterprise, isWoman } from './subjects';

describe('individualClass: the rows of biểu 0602/0603 "chia theo đối tượng"', () => {
  it.each([
    [{ isLeader: true, leaderLevel: 'ministry_province' }, 'leader_ministry_province'],
    [{ isLeader: true, leaderLevel: 'department' }, 'leader_department'],
    [{ isLeader: true, leaderLevel: 'division' }, 'leader_division'],
    [{ isLeader: true, leaderLevel: 'other' }, 'leader_other'],
    [{ isLeader: true }, 'leader_division'],
    [{ isLeader: true, leaderLevel: null, occupationGroup: 'civil_servant' }, 'leader_division'],
    [{ isLeader: true, businessperson: true, leaderLevel: 'department' }, 'leader_department'],
    [{ isLeader: false, businessperson: true }, 'businessperson'],
    [{ isLeader: false, occupationGroup: 'farmer' }, 'direct'],
    [{ isLeader: false, occupationGroup: 'civil_servant' }, 'direct'],
    [{ isLeader: false, occupationGroup: 'armed_forces' }, 'direct'],
    [{}, 'direct'],
  ] as const)('%j → %s', (attrs, expected) => {
    expect(individualClass(attrs)).toBe(expected);
  });
});

describe('isDirectWorker: công nhân, nông dân, người lao động trực tiếp (Law Điều 5)', () => {
  it.each([
    [{ occupationGroup: 'worker' }, true],
    [{ occupationGroup: 'farmer' }, true],
    [{ occupationGroup: 'direct_labourer' }, true],
    [{ occupationGroup: 'civil_servant' }, false],
    [{ occupationGroup: 'armed_forces' }, false],
    [{ occupationGroup: 'other' }, false],
    [{ occupationGroup: 'worker', isLeader: true }, false],
    [{ occupationGroup: null }, null],
    [{}, null],
  ] as const)('%j → %s', (attrs, expected) => {
    expect(isDirectWorker(attrs)).toBe(expected);
  });
});

describe('women, ethnic minorities, enterprises', () => {
  it.each([
    [{ gender: 'female' }, true],
    [{ gender: 'male' }, false],
    [{ gender: null }, null],
  ] as const)('isWoman(%j) is %s', (attrs, expected) => expect(isWoman(attrs)).toBe(expected));

  it.each([
    ['01', false],
    ['02', true],
    ['08', true],
    ['54', true],
    ['55', null],
    ['', null],
    [null, null],
  ] as const)('ethnicity %s → ethnic minority %s (Kinh is 01)', (code, expected) => {
    expect(ethnicMinority({ ethnicity: code })).toBe(expected);
  });

  it.each([
    ['enterprise', true],
    ['agency', false],
    ['commune', false],
    ['school', false],
    [null, null],
    [undefined, null],
  ] as const)('an org unit of type %s is an enterprise: %s', (type, expected) => {
    expect(isEnterprise(type)).toBe(expected);
  });
});
