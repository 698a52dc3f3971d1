import { render } from 'preact';
import '../../components/page.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
