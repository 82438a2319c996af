// profile.html?lang=ar&career=teller&sections=overview,wages&theme=dark
const params = new URLSearchParams(location.search);
const profile = document.querySelector('career-profile');
const lang = params.get('lang') ?? 'en';
document.documentElement.lang = lang;
document.documentElement.dir = lang.startsWith('ar') ? 'rtl' : 'ltr';
for (const name of ['career', 'sections', 'theme', 'year']) {
  if (params.has(name)) profile.setAttribute(name, params.get(name));
}
