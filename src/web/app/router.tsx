import { createBrowserRouter, type RouteObject } from 'react-router';
import { ProtectedLayout } from './layout';
import { FullPageSpin } from './page-header';
import { RouteError } from './route-error';

type Loader = () => Promise<{ default: React.ComponentType }>;

/** A route whose page is loaded on demand (one chunk per page). */
function page(load: Loader): Pick<RouteObject, 'lazy' | 'hydrateFallbackElement'> {
  return {
    lazy: async () => ({ Component: (await load()).default }),
    hydrateFallbackElement: <FullPageSpin />,
  };
}

export const routes: RouteObject[] = [
  {
    path: '/dang-nhap',
    ...page(() => import('../features/auth/sign-in-page')),
    errorElement: <RouteError />,
  },
  {
    path: '/',
    element: <ProtectedLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, ...page(() => import('../features/dashboard/dashboard-page')) },
          { path: 'co-cau-to-chuc', ...page(() => import('../features/org/org-page')) },
          { path: 'ca-nhan', ...page(() => import('../features/people/people-page')) },
          { path: 'ca-nhan/:id', ...page(() => import('../features/people/person-detail-page')) },
          { path: 'ho-gia-dinh', ...page(() => import('../features/households/households-page')) },
          { path: 'ho-gia-dinh/:id', ...page(() => import('../features/households/household-detail-page')) },
          { path: 'nhap-du-lieu', ...page(() => import('../features/import/import-page')) },
          { path: 'nhap-phu-luc-quyet-dinh', ...page(() => import('../features/annex/annex-import-page')) },
          { path: 'mo-phong-xet-khen', ...page(() => import('../features/eligibility/simulator-page')) },
          { path: 'han-xu-ly', ...page(() => import('../features/appraisal/deadlines-page')) },
          { path: 'kiem-duyet-y-kien', ...page(() => import('../features/consultation/moderation-page')) },
          { path: 'hop-thu-di', ...page(() => import('../features/mail/outbox-page')) },
          { path: 'danh-muc-khen-thuong', ...page(() => import('../features/catalogue/catalogue-page')) },
          { path: 'sang-kien', ...page(() => import('../features/ledger/initiatives-page')) },
          {
            path: 'bang-khen-giay-khen',
            ...page(() => import('../features/certificates/certificates-page')),
          },
          {
            path: 'phong-trao-thi-dua',
            ...page(() => import('../features/emulation/movements/movements-page')),
          },
          {
            path: 'phong-trao-thi-dua/:id',
            ...page(() => import('../features/emulation/movements/movement-detail-page')),
          },
          {
            path: 'dang-ky-thi-dua',
            ...page(() => import('../features/emulation/registrations/registrations-page')),
          },
          { path: 'cum-khoi-thi-dua', ...page(() => import('../features/emulation/blocs/blocs-page')) },
          {
            path: 'cum-khoi-thi-dua/:id',
            ...page(() => import('../features/emulation/blocs/bloc-detail-page')),
          },
          {
            path: 'ke-hoach-thuc-hien',
            ...page(() => import('../features/emulation/dashboards/unit-dashboard-page')),
          },
          { path: 'dot-khen-thuong', ...page(() => import('../features/nominations/rounds-page')) },
          { path: 'dot-khen-thuong/:id', ...page(() => import('../features/nominations/round-page')) },
          { path: 'ho-so-de-nghi/:id', ...page(() => import('../features/nominations/dossier-page')) },
          { path: 'quyet-dinh-khen-thuong', ...page(() => import('../features/decisions/decisions-page')) },
          {
            path: 'quyet-dinh-khen-thuong/:id',
            ...page(() => import('../features/decisions/decision-page')),
          },
          { path: 'hoi-dong-thi-dua', ...page(() => import('../features/council/councils-page')) },
          {
            path: 'hoi-dong-thi-dua/phien-hop/:id',
            ...page(() => import('../features/council/session-page')),
          },
          { path: 'phieu-bau', ...page(() => import('../features/council/ballot-page')) },
          { path: 'cai-dat-xet-khen', ...page(() => import('../features/settings/legal-settings-page')) },
          { path: 'nguoi-dung', ...page(() => import('../features/users/users-page')) },
          { path: 'nhat-ky', ...page(() => import('../features/audit/audit-page')) },
          { path: 'doi-mat-khau', ...page(() => import('../features/auth/change-password-page')) },
          { path: '*', ...page(() => import('./not-found-page')) },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
