/**
 * Is a software's license libre? Every identifier of its SPDX expression must be a
 * known SPDX license that the OSI approves or the FSF lists as free; for `OR`, one
 * libre branch is enough, since the user may pick it.
 */
import parseSpdx from 'spdx-expression-parse';
import spdxLicenses from 'spdx-license-list/spdx.json';

/** Free by the FSF's list but not submitted to the OSI; the SPDX package carries only the OSI flag. */
const fsfFreeOnly = new Set([
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'WTFPL',
  'X11',
  'GFDL-1.3-or-later',
  'GFDL-1.3-only',
]);

type SpdxNode =
  | { license: string; plus?: boolean; exception?: string }
  | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };

export type LicenseVerdict = { libre: true } | { libre: false; reason: string };

const isKnown = (id: string) => Object.hasOwn(spdxLicenses, id.replace(/\+$/, ''));

function judge(node: SpdxNode): LicenseVerdict {
  if ('conjunction' in node) {
    const left = judge(node.left);
    const right = judge(node.right);
    if (node.conjunction === 'or') return left.libre ? left : right;
    return left.libre ? right : left;
  }
  const license = (spdxLicenses as Record<string, { osiApproved: boolean } | undefined>)[node.license];
  if (!license) return { libre: false, reason: `"${node.license}" is not an SPDX license identifier` };
  if (!license.osiApproved && !fsfFreeOnly.has(node.license)) {
    return { libre: false, reason: `"${node.license}" is neither OSI-approved nor listed as free by the FSF` };
  }
  return { libre: true };
}

export function judgeLicense(expression: string): LicenseVerdict {
  let tree: SpdxNode;
  try {
    tree = parseSpdx(expression) as SpdxNode;
  } catch {
    // The parser also refuses unknown identifiers: name the culprit when there is one.
    const unknown = expression
      .split(/[\s()]+/)
      .find(
        (token, index, tokens) =>
          token !== '' && !/^(AND|OR|WITH)$/.test(token) && tokens[index - 1] !== 'WITH' && !isKnown(token),
      );
    const reason = unknown
      ? `"${unknown}" is not an SPDX license identifier`
      : `"${expression}" is not a valid SPDX expression`;
    return { libre: false, reason };
  }
  return judge(tree);
}
