import { describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../scripts/catalogue-files';
import { compileIndex } from '../../utils/detect/compile';
import { detectService, pageHost } from '../../utils/detect/detect';

const catalogue = loadValidCatalogue();
const index = compileIndex(catalogue);

/** [URL, the service it must be detected as, or null]. */
const table: [string, string | null][] = [
  // Google, down to the product on a shared host.
  ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
  ['https://gmail.com/', 'gmail'],
  ['https://www.gmail.com/', 'gmail'],
  ['https://docs.google.com/document/d/1AbC/edit', 'google-docs'],
  ['https://docs.google.com/document/u/0/', 'google-docs'],
  ['https://docs.google.com/', 'google-docs'],
  ['https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0', 'google-sheets'],
  ['https://docs.google.com/spreadsheets', 'google-sheets'],
  ['https://docs.google.com/spreadsheetsx/', 'google-docs'],
  ['https://docs.google.com/presentation/d/1AbC/edit', 'google-slides'],
  ['https://docs.google.com/forms/d/e/1FAI/viewform', 'google-forms'],
  ['https://forms.gle/AbCdEf', 'google-forms'],
  ['https://sheets.google.com/', 'google-sheets'],
  ['https://slides.google.com/', 'google-slides'],
  ['https://drive.google.com/drive/my-drive', 'google-drive'],
  ['https://calendar.google.com/calendar/u/0/r', 'google-calendar'],
  ['https://www.google.com/calendar/render', 'google-calendar'],
  ['https://meet.google.com/abc-defg-hij', 'google-meet'],
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://youtube.com/', 'youtube'],
  ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://youtu.be/dQw4w9WgXcQ', 'youtube'],
  ['https://www.youtube.com/shorts/AbC123', 'youtube-shorts'],
  ['https://m.youtube.com/shorts/AbC123', 'youtube-shorts'],
  ['https://www.youtube.com/shortsfeed', 'youtube'],
  ['https://www.google.com/maps/@48.85,2.35,12z', 'google-maps'],
  ['https://www.google.fr/maps/place/Lyon', 'google-maps'],
  ['https://google.com/maps', 'google-maps'],
  ['https://maps.google.com/', 'google-maps'],
  ['https://maps.google.co.uk/maps?q=Leeds', 'google-maps'],
  ['https://maps.app.goo.gl/AbCdEf', 'google-maps'],
  ['https://www.google.com/mapsfoo', 'google-search'],
  ['https://www.google.com/search?q=chatons', 'google-search'],
  ['https://www.google.fr/search?q=chatons', 'google-search'],
  ['https://www.google.co.uk/', 'google-search'],
  ['https://www.google.com.au/search?q=a', 'google-search'],
  ['https://www.google.be/search?q=a', 'google-search'],
  ['https://www.google.ch/', 'google-search'],
  ['https://www.google.ca/', 'google-search'],
  ['https://google.fr/', 'google-search'],
  ['https://translate.google.com/?sl=fr&tl=en', 'google-translate'],
  ['https://translate.google.fr/', 'google-translate'],
  // Normalisation: case, trailing dot, port, userinfo, scheme, full-width letters.
  ['https://MAIL.GOOGLE.COM/', 'gmail'],
  ['https://Docs.Google.Com/Spreadsheets/d/x', 'google-sheets'],
  ['https://mail.google.com./mail/', 'gmail'],
  ['https://mail.google.com../', 'gmail'],
  ['https://mail.google.com:443/', 'gmail'],
  ['https://www.youtube.com:8443/watch?v=x', 'youtube'],
  ['https://user:secret@mail.google.com/', 'gmail'],
  ['http://mail.google.com/', 'gmail'],
  ['https://www.GOOGLE.fr./search?q=x', 'google-search'],
  ['https://ｍａｉｌ.ｇｏｏｇｌｅ.ｃｏｍ/', 'gmail'],
  // Lookalikes: a GAFAM name inside someone else's domain is not GAFAM.
  ['https://mail.google.com.attacker.test/', null],
  ['https://google.com.attacker.test/', null],
  ['https://docs.google.com.evil.fr/document/d/x', null],
  ['https://evilgoogle.com/', null],
  ['https://google.com-login.test/', null],
  ['https://notyoutube.com/', null],
  ['https://youtube.com.evil.test/watch?v=x', null],
  ['https://www.google.evil/', null],
  ['https://www.google.zz/', null],
  ['https://www.google.co.evil.com/', null],
  ['https://maps.google.evil.com/', null],
  ['https://www.xn--ggle-0nda.com/', null],
  ['https://www.gооgle.com/', null],
  ['https://facebook.com.evil.test/', null],
  ['https://notfacebook.com/', null],
  ['https://github.com.evil.test/', null],
  ['https://www.amazon.evil.com/', null],
  ['https://www.amazon.zz/', null],
  ['https://amazonaws.com/', null],
  ['https://www.icloud.com.evil.test/', null],
  ['https://mail.google.com@example.org/', null],
  ['https://example.org\\@mail.google.com/', null],
  ['https://example.org/?u=https://mail.google.com/', null],
  ['https://example.org/mail.google.com', null],
  ['https://www.example.com/#https://youtube.com', null],
  // Not web pages, or not URLs at all.
  ['about:blank', null],
  ['file:///home/user/mail.google.com.html', null],
  ['chrome://extensions/', null],
  ['javascript:alert(1)', null],
  ['data:text/html,<p>mail.google.com</p>', null],
  ['ftp://mail.google.com/', null],
  ['', null],
  ['not a url', null],
  ['mail.google.com', null],
  ['https://', null],
  ['https://google/', null],
  ['https://localhost/', null],
  ['https://127.0.0.1/', null],
  ['https://[::1]/', null],
  ['https://__proto__/', null],
  ['https://__proto__.com/', null],
  ['https://constructor/', null],
  // Meta.
  ['https://web.whatsapp.com/', 'whatsapp'],
  ['https://www.whatsapp.com/', 'whatsapp'],
  ['https://wa.me/33612345678', 'whatsapp'],
  ['https://www.facebook.com/', 'facebook'],
  ['https://m.facebook.com/', 'facebook'],
  ['https://facebook.com/groups/123', 'facebook'],
  ['https://fb.com/', 'facebook'],
  ['https://www.instagram.com/p/AbC/', 'instagram'],
  ['https://instagr.am/p/AbC', 'instagram'],
  // Microsoft.
  ['https://outlook.live.com/mail/0/', 'outlook'],
  ['https://outlook.office.com/mail/', 'outlook'],
  ['https://outlook.office365.com/owa/', 'outlook'],
  ['https://outlook.com/', 'outlook'],
  ['https://www.outlook.com/', 'outlook'],
  ['https://outlook.cloud.microsoft/mail/', 'outlook'],
  ['https://teams.microsoft.com/v2/', 'microsoft-teams'],
  ['https://teams.live.com/', 'microsoft-teams'],
  ['https://teams.cloud.microsoft/', 'microsoft-teams'],
  ['https://onedrive.live.com/?id=root', 'onedrive'],
  ['https://1drv.ms/u/s!AbC', 'onedrive'],
  ['https://github.com/torvalds/linux', 'github'],
  ['https://gist.github.com/someone/abc', 'github'],
  ['https://www.linkedin.com/in/someone', 'linkedin'],
  ['https://fr.linkedin.com/', 'linkedin'],
  ['https://lnkd.in/AbC', 'linkedin'],
  ['https://live.com/', null],
  // Amazon on its country domains.
  ['https://www.amazon.fr/dp/B000000000', 'amazon-shop'],
  ['https://www.amazon.com/', 'amazon-shop'],
  ['https://amazon.de/', 'amazon-shop'],
  ['https://www.amazon.co.uk/gp/cart/view.html', 'amazon-shop'],
  ['https://www.amazon.com.be/', 'amazon-shop'],
  ['https://www.amazon.co.jp/', 'amazon-shop'],
  ['https://www.amazon.com.mx/', 'amazon-shop'],
  ['https://www.amazon.ca/', 'amazon-shop'],
  // Apple.
  ['https://www.icloud.com/mail', 'icloud'],
  ['https://icloud.com/', 'icloud'],
];

describe('detectService', () => {
  it('has a table of at least 100 URLs', () => {
    expect(table.length).toBeGreaterThanOrEqual(100);
  });

  it.each(table)('%s → %s', (url, expected) => {
    expect(detectService(url, index)).toBe(expected);
  });

  it("detects every service's own website as that service", () => {
    for (const service of catalogue.services) {
      expect(detectService(service.website, index), service.website).toBe(service.id);
    }
  });

  it('works on every country domain of a family', () => {
    const google = catalogue.domainFamilies.find((family) => family.id === 'google')!;
    for (const suffix of google.suffixes) {
      expect(detectService(`https://www.google.${suffix}/maps`, index)).toBe('google-maps');
      expect(detectService(`https://www.google.${suffix}/search?q=x`, index)).toBe('google-search');
    }
  });
});

describe('pageHost', () => {
  it('drops the trailing dot and rejects hosts that cannot be a site', () => {
    expect(pageHost(new URL('https://Mail.Google.Com./x'))).toBe('mail.google.com');
    expect(pageHost(new URL('https://intranet/'))).toBeNull();
    expect(pageHost(new URL('https://[2001:db8::1]/'))).toBeNull();
    expect(pageHost(new URL('about:blank'))).toBeNull();
  });
});
