import { renderToString } from 'react-dom/server';
import { Article } from './Article';

export const render = () => renderToString(<Article />);
