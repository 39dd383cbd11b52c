import { hydrateRoot } from 'react-dom/client';
import { Article } from './Article';

hydrateRoot(document.getElementById('root')!, <Article />);
