import { render } from 'preact';
import '../../components/page.css';
import { Audit } from './Audit';

render(<Audit />, document.getElementById('app')!);
