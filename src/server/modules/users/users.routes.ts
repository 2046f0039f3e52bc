import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import {
  CreatedUserSchema,
  CreateUserSchema,
  GrantInputSchema,
  ResetPasswordResultSchema,
  UpdateUserSchema,
  UserGrantParamSchema,
  UserListSchema,
  UserQuerySchema,
  UserSchema,
} from './users.schemas';
import * as service from './users.service';

const tags = ['Người dùng và phân quyền'];

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Danh sách người dùng (kèm vai trò)',
        querystring: UserQuerySchema,
        response: { 200: UserListSchema, ...errorResponses },
      },
    },
    async (request) => service.listUsers(requirePermission(request, 'users.manage'), request.query),
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết người dùng',
        params: IdParamSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => service.getUser(requirePermission(request, 'users.manage'), request.params.id),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Tạo người dùng',
        description: 'Không gửi mật khẩu thì hệ thống tự sinh và trả về một lần trong initialPassword.',
        body: CreateUserSchema,
        response: { 201: CreatedUserSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await service.createUser(requirePermission(request, 'users.manage'), request.body);
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa, kích hoạt hoặc vô hiệu hoá người dùng',
        params: IdParamSchema,
        body: UpdateUserSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateUser(requirePermission(request, 'users.manage'), request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu (mở khoá, đăng xuất mọi phiên)',
        params: IdParamSchema,
        response: { 200: ResetPasswordResultSchema, ...errorResponses },
      },
    },
    async (request) => service.resetPassword(requirePermission(request, 'users.manage'), request.params.id),
  );

  app.post(
    '/api/users/:id/unlock',
    {
      schema: {
        tags,
        summary: 'Mở khoá tài khoản bị khoá tạm thời',
        params: IdParamSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => service.unlockUser(requirePermission(request, 'users.manage'), request.params.id),
  );

  app.post(
    '/api/users/:id/grants',
    {
      schema: {
        tags,
        summary: 'Cấp vai trò trên một đơn vị (hoặc toàn đơn vị sử dụng)',
        params: IdParamSchema,
        body: GrantInputSchema,
        response: { 201: UserSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'users.manage');
      return reply.code(201).send(await service.addGrant(ctx, request.params.id, request.body));
    },
  );

  app.delete(
    '/api/users/:id/grants/:grantId',
    {
      schema: {
        tags,
        summary: 'Thu hồi vai trò',
        params: UserGrantParamSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.removeGrant(
        requirePermission(request, 'users.manage'),
        request.params.id,
        request.params.grantId,
      ),
  );
};
