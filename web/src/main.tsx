/** The explorer's entry point. */
import { render } from 'preact';
import { Provider } from '@urql/preact';
import { App } from './app';
import { client } from './client';
import { I18nProvider } from './i18n';
import { interceptLinks } from './router';
import './styles.css';

interceptLinks();
render(
  <Provider value={client}>
    <I18nProvider>
      <App />
    </I18nProvider>
  </Provider>,
  document.getElementById('app')!,
);
