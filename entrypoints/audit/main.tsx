import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Audit } from './Audit';

void pageLanguage('page_audit').then(() => render(<Audit />, document.getElementById('app')!));
