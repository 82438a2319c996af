import 'career-widgets/skills-list.js';

export const wrongValues = (
  <>
    {/* @ts-expect-error theme is light or dark */}
    <skills-list career="teller" theme="blue" />
    {/* @ts-expect-error limit is a number */}
    <skills-list career="teller" limit={{skills: 5}} />
  </>
);
