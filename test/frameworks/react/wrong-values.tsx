import 'career-widgets/career-facts.js';

export const wrongValues = (
  <>
    {/* @ts-expect-error theme is light or dark */}
    <career-facts career="teller" theme="blue" />
    {/* @ts-expect-error career is a string */}
    <career-facts career={29} />
    {/* @ts-expect-error the load event's detail has no reason */}
    <career-facts career="teller" oncareer-widget-load={(event) => event.detail.reason} />
  </>
);
