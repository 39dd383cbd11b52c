import { Article } from './article';

export default function Page() {
  return (
    <main>
      <h1>Finishing Night Market</h1>
      <Article />
    </main>
  );
}
