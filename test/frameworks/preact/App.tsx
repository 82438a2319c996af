import {useState} from 'preact/hooks';
import 'career-widgets/skills-list.js';

export function App() {
  const [career, setCareer] = useState('customer-service-representative');
  const [loaded, setLoaded] = useState('');
  return (
    <main>
      <skills-list career={career} lang="en" limit={5} oncareer-widget-load={(event) => setLoaded(event.detail.title ?? '')} />
      <p id="loaded">{loaded}</p>
      <button type="button" onClick={() => setCareer('registered-nurse')}>
        Registered nurses
      </button>
    </main>
  );
}
