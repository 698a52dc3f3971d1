import { render } from 'preact';
import '../../components/page.css';
import { Privacy } from './Privacy';

render(<Privacy />, document.getElementById('app')!);
