import type { ConfigProviderProps, ThemeConfig } from 'antd';
import { createElement, Fragment, type ReactNode } from 'react';

/** A calm government look: deep red primary, neutral surfaces, readable type. */
export const PRIMARY = '#b71c1c';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorLink: '#8e1616',
    colorInfo: '#1f4e79',
    borderRadius: 6,
    fontFamily:
      "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#7f1212', triggerBg: '#6a0f0f', bodyBg: '#f5f5f5' },
    Menu: {
      darkItemBg: '#7f1212',
      darkSubMenuItemBg: '#6a0f0f',
      darkItemSelectedBg: '#b71c1c',
      darkItemColor: 'rgba(255,255,255,0.85)',
    },
  },
};

/** Required fields get a red star hidden from screen readers, so a field's accessible name is just its label. */
export const formConfig: ConfigProviderProps['form'] = {
  requiredMark: (label: ReactNode, { required }: { required: boolean }) =>
    createElement(
      Fragment,
      null,
      label,
      required &&
        createElement(
          'span',
          { 'aria-hidden': true, style: { color: '#b71c1c', marginInlineStart: 4 } },
          '*',
        ),
    ),
  scrollToFirstError: true,
};
