import 'career-widgets/career-profile.js';

export function wrongValues(profile: HTMLElementTagNameMap['career-profile']) {
  // @ts-expect-error theme is light or dark
  profile.theme = 'blue';
  // @ts-expect-error the load event's detail has no reason
  profile.addEventListener('career-widget-load', (event) => event.detail.reason);
}
