import { createRoot } from 'react-dom/client';
import { Article } from './Article';

createRoot(document.getElementById('root')!).render(<Article />);
