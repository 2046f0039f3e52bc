import type { ConfigProviderProps, ThemeConfig } from 'antd';

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

/**
 * Required fields get a red star drawn by CSS next to (not inside) the <label> (styles.css), so a field's
 * label text and accessible name are exactly its label: tests and screen readers find "Mật khẩu mới".
 */
export const formConfig: ConfigProviderProps['form'] = {
  requiredMark: false,
  scrollToFirstError: true,
};
