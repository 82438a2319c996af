import {useState} from 'react';
import 'career-widgets/career-facts.js';

export function App() {
  const [career, setCareer] = useState('customer-service-representative');
  const [loaded, setLoaded] = useState('');
  return (
    <main>
      <career-facts career={career} lang="en" heading-level={2} oncareer-widget-load={(event) => setLoaded(event.detail.title ?? '')} />
      <p id="loaded">{loaded}</p>
      <button type="button" onClick={() => setCareer('registered-nurse')}>
        Registered nurses
      </button>
    </main>
  );
}
