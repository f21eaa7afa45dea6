import { createContext, useContext } from 'react';
import type { Locale } from '../../i18n/locale';
import type { TaskpaneMessages } from '../../i18n/taskpane-messages';
import { taskpaneMessages } from '../../i18n/taskpane-messages';

export interface MessagesValue {
  locale: Locale;
  m: TaskpaneMessages;
}

export const MessagesContext = createContext<MessagesValue>({ locale: 'zh-CN', m: taskpaneMessages['zh-CN'] });

export function useMessages(): MessagesValue {
  return useContext(MessagesContext);
}
