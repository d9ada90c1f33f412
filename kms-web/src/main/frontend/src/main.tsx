import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
// element styles inside .utrecht-html: the server-rendered article body is plain HTML
import '@utrecht/component-library-css/dist/html.css';
import './styles/tokens.css';
import './styles/app.css';
import { App } from './app/App';
import { t } from './i18n';

document.title = t.app.documentTitle;
createRoot(document.getElementById('app')!).render(<App />);
