import { describe, expect, it } from 'vitest';
import { isMuted, mutedSiteFrom, withMutedSite, withoutMutedSite } from '../../utils/muted-sites';

describe('a muted site from what a person types or pastes', () => {
  it.each([
    ['mail.google.com', 'mail.google.com'],
    ['  Mail.Google.COM  ', 'mail.google.com'],
    ['https://Mail.Google.com./mail/u/0/#inbox', 'mail.google.com'],
    ['http://www.youtube.com:8080/watch?v=x', 'www.youtube.com'],
    ['docs.google.com/document/d/1', 'docs.google.com'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%s → %s', (input, domain) => {
    expect(mutedSiteFrom(input)).toBe(domain);
  });

  it.each([
    '',
    '   ',
    'not a site',
    'localhost',
    'https://',
    'javascript:alert(1)',
    'http://[::1]/',
    `${'a'.repeat(250)}.com`,
  ])('refuses %j', (input) => {
    expect(mutedSiteFrom(input)).toBeNull();
  });
});

describe('the list of muted sites', () => {
  it('adds a site once, and keeps the list in order', () => {
    expect(withMutedSite(['youtube.com'], 'mail.google.com')).toEqual(['mail.google.com', 'youtube.com']);
    expect(withMutedSite(['mail.google.com'], 'mail.google.com')).toEqual(['mail.google.com']);
  });

  it('removes a site, and leaves the others', () => {
    expect(withoutMutedSite(['a.example', 'b.example'], 'a.example')).toEqual(['b.example']);
    expect(withoutMutedSite(['a.example'], 'c.example')).toEqual(['a.example']);
  });

  it('never changes the list it was given', () => {
    const sites = ['b.example'];
    withMutedSite(sites, 'a.example');
    withoutMutedSite(sites, 'b.example');
    expect(sites).toEqual(['b.example']);
  });
});

describe('which pages a muted site silences', () => {
  it('silences the site and its subdomains', () => {
    expect(isMuted('https://google.com/', ['google.com'])).toBe(true);
    expect(isMuted('https://mail.google.com/mail/u/0/', ['google.com'])).toBe(true);
  });

  it('leaves look-alikes, parents and other sites alone', () => {
    expect(isMuted('https://notgoogle.com/', ['google.com'])).toBe(false);
    expect(isMuted('https://google.com.evil.example/', ['google.com'])).toBe(false);
    expect(isMuted('https://google.com/', ['mail.google.com'])).toBe(false);
    expect(isMuted('https://www.youtube.com/', [])).toBe(false);
  });

  it('says nothing of an address it cannot read', () => {
    expect(isMuted('not a url', ['google.com'])).toBe(false);
  });
});
