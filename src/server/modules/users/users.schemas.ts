import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles';
import { listOf, PageQuerySchema, QueryBool, requiredText, text, int4 } from '../../lib/http';

const uuid = () => z.uuid({ message: 'Mã định danh không hợp lệ' });
const RoleSchema = z.enum(ROLES, { message: 'Vai trò không hợp lệ' });

export const UserGrantSchema = z
  .object({
    id: z.string(),
    role: RoleSchema,
    roleLabel: z.string(),
    orgUnitId: z.string().nullable(),
    orgUnitName: z.string().nullable(),
  })
  .meta({ id: 'UserGrant' });

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    fullName: z.string(),
    isActive: z.boolean(),
    lockedUntil: z.string().nullable().describe('Khoá đến (ISO), null nếu không bị khoá'),
    lastSignInAt: z.string().nullable(),
    grants: z.array(UserGrantSchema),
    version: int4(),
  })
  .meta({ id: 'User' });

export const UserListSchema = listOf(UserSchema).meta({ id: 'UserList' });

export const UserQuerySchema = PageQuerySchema.extend({
  q: text(200).optional(),
  role: RoleSchema.optional(),
  isActive: QueryBool.optional(),
});

export const GrantInputSchema = z
  .object({
    role: RoleSchema,
    orgUnitId: uuid().nullable().optional().describe('Đơn vị phạm vi; bỏ trống = toàn đơn vị sử dụng'),
  })
  .strict()
  .meta({ id: 'GrantInput' });

export const CreateUserSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .pipe(z.email({ message: 'Email không hợp lệ' })),
    fullName: requiredText(200),
    password: z.string().min(1).max(200).optional(),
    grants: z.array(GrantInputSchema).max(20).optional(),
  })
  .strict()
  .meta({ id: 'CreateUser' });

export const UpdateUserSchema = z
  .object({
    fullName: requiredText(200).optional(),
    isActive: z.boolean().optional(),
    version: int4().min(1),
  })
  .strict()
  .meta({ id: 'UpdateUser' });

export const CreatedUserSchema = UserSchema.extend({
  initialPassword: z.string().optional().describe('Chỉ trả về một lần khi hệ thống tự sinh mật khẩu'),
}).meta({ id: 'CreatedUser' });

export const ResetPasswordResultSchema = z
  .object({ password: z.string().describe('Mật khẩu mới, chỉ hiển thị một lần') })
  .meta({ id: 'ResetPasswordResult' });

export const UserGrantParamSchema = z.object({ id: uuid(), grantId: uuid() });

export type UserQuery = z.infer<typeof UserQuerySchema>;
export type GrantInput = z.infer<typeof GrantInputSchema>;
export type CreateUserInput = z.infer<typeof CreateUserSchema>;
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;
