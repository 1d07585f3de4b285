import { render } from 'preact';
import './styles.css';
import { App } from './views/App';

render(<App />, document.getElementById('app')!);
