import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AuthProvider, SESSION_KEY } from './app/auth';
import { createRouter } from './app/router';
import { formConfig, theme } from './app/theme';
import { ApiError, setUnauthorizedHandler } from './lib/api';
import './styles.css';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

const router = createRouter();

setUnauthorizedHandler(() => {
  queryClient.setQueryData(SESSION_KEY, null);
  if (!window.location.pathname.startsWith('/dang-nhap')) {
    void router.navigate('/dang-nhap', { replace: true, state: { expired: true } });
  }
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={theme} form={formConfig}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
