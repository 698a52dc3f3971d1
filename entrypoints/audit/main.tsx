import { render } from 'preact';
import '../../components/page.css';
import { pageLanguage } from '../../lib/browser/i18n';
import { Audit } from './Audit';

pageLanguage('page_audit');
render(<Audit />, document.getElementById('app')!);
