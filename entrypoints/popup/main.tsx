import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Popup } from './Popup';

void pageLanguage().then(() => render(<Popup />, document.getElementById('app')!));
