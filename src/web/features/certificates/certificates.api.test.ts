import { describe, expect, it } from 'vitest';
import { bulkRequest } from './certificates.api';

describe('bulk certificate request', () => {
  it.each([
    [
      { decisionId: 'd1' },
      { signerName: ' Hoàng Văn Thắng ', place: '' },
      { url: '/api/decisions/d1/certificates', body: { signerName: ' Hoàng Văn Thắng ' } },
    ],
    [
      { decisionNumber: '125/QĐ-UBND' },
      { signerTitle: 'KT. CHỦ TỊCH' },
      {
        url: '/api/certificates/by-decision-number',
        body: { signerTitle: 'KT. CHỦ TỊCH', decisionNumber: '125/QĐ-UBND' },
      },
    ],
    [
      { decisionNumber: '1/QĐ' },
      {},
      { url: '/api/certificates/by-decision-number', body: { decisionNumber: '1/QĐ' } },
    ],
  ])('target %j with %j', (target, options, expected) =>
    expect(bulkRequest(target, options)).toEqual(expected),
  );
});
