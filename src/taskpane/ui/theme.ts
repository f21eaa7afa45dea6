import type { Theme } from '@fluentui/react-components';
import { webLightTheme } from '@fluentui/react-components';

/** Fluent's light theme with fonts that carry Chinese text (Office on Windows, Mac, Linux). */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
};
