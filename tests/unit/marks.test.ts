import { describe, expect, it } from 'vitest';
import { glyphColor, hueOf, initialsOf, luminance } from '../../utils/marks';

describe('marks', () => {
  it('takes up to two initials from the words of a name', () => {
    expect(initialsOf('Microsoft Teams')).toBe('MT');
    expect(initialsOf('nextcloud')).toBe('N');
    expect(initialsOf('La Mère Zaclys')).toBe('LM');
    expect(initialsOf('Le PIC (Projet Internet et Citoyenneté)')).toBe('LP');
    expect(initialsOf('—')).toBe('');
  });

  it('gives a name always the same hue', () => {
    expect(hueOf('Framasoft')).toBe(hueOf('Framasoft'));
    expect(hueOf('Framasoft')).toBeGreaterThanOrEqual(0);
    expect(hueOf('Framasoft')).toBeLessThan(360);
  });

  it('writes white on dark brand colours and black on light ones', () => {
    expect(luminance('ffffff')).toBeCloseTo(1);
    expect(luminance('000000')).toBe(0);
    expect(glyphColor('181717')).toBe('#ffffff');
    expect(glyphColor('FFCC00')).toBe('#111111');
  });
});
