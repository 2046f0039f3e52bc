import { computeRewardMoney, type MoneyErrorCode } from '../../../domain/awards/money';
import { vndInWords } from '../../../domain/text/number-words';
import { AppError, type ErrorCode } from '../../lib/errors';
import type { RewardMoneyBody, RewardMoneyInputBody } from './money.schemas';

/** Input problems are validation errors; a form whose money the law data does not determine is a bad request. */
const ERROR_CODES: Record<MoneyErrorCode, ErrorCode> = {
  unknown_award: 'VALIDATION_ERROR',
  subject_not_allowed: 'VALIDATION_ERROR',
  no_rule_set: 'VALIDATION_ERROR',
  no_base_salary: 'VALIDATION_ERROR',
  coefficient_not_determined: 'BAD_REQUEST',
};

/**
 * Reward money of one title or form (ND 152/2025 Điều 49–54), self-contained: reads no data. Domain errors
 * become 400 with the Vietnamese message and `details.reason` = the domain error code.
 */
export function rewardMoney(input: RewardMoneyInputBody): RewardMoneyBody {
  const result = computeRewardMoney(input);
  if (!result.ok) {
    const { code, message, details } = result.error;
    throw new AppError(ERROR_CODES[code], message, { reason: code, ...details });
  }
  return { ...result.value, amountInWords: vndInWords(result.value.amount) };
}
