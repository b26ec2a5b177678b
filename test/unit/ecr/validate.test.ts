import { validatePolicy } from '../../../src/ecr/validate.js';
import { buildPolicy, parseKeep } from '../../../src/ecr/policy-from-inputs.js';
import { parsePolicyText } from '../../../src/ecr/policy.js';

const rule = (over: Record<string, unknown> = {}, sel: Record<string, unknown> = {}, act: Record<string, unknown> = { type: 'expire' }) => ({
  rulePriority: 1,
  description: 'keep the newest ten release images of this repository',
  selection: { tagStatus: 'tagged', tagPatternList: ['v*'], countType: 'imageCountMoreThan', countNumber: 10, ...sel },
  action: act,
  ...over
});
const errorsOf = (p: unknown) => validatePolicy(p).errors.join('\n');

test('a valid policy passes', () => {
  expect(validatePolicy({ rules: [rule()] }).errors).toEqual([]);
});

test.each([
  ['unique priorities', { rules: [rule(), rule()] }, /rulePriority 1 is used by 2 rules/],
  ['priority ≥ 1', { rules: [rule({ rulePriority: 0 })] }, /rule 1: rulePriority must be an integer of at least 1/],
  [
    'any has the highest priority',
    { rules: [rule({ rulePriority: 5 }, { tagStatus: 'any', tagPatternList: undefined }), rule({ rulePriority: 6 })] },
    /tagStatus "any" \(priority 5\).*highest/
  ],
  ['tagged needs a list', { rules: [rule({}, { tagPatternList: undefined })] }, /priority 1\): selection: a tagged rule needs tagPrefixList or tagPatternList/],
  ['untagged has no list', { rules: [rule({}, { tagStatus: 'untagged' })] }, /a untagged rule must not have tagPrefixList or tagPatternList/],
  ['not both lists', { rules: [rule({}, { tagPrefixList: ['v'] })] }, /not both/],
  ['at most four wildcards', { rules: [rule({}, { tagPatternList: ['a*b*c*d*e*f'] })] }, /more than four \* wildcards/],
  ['days only with since*', { rules: [rule({}, { countType: 'sinceImagePushed' })] }, /countUnit must be "days" with sinceImagePushed/],
  ['no unit with a count', { rules: [rule({}, { countUnit: 'days' })] }, /countUnit must be omitted with imageCountMoreThan/],
  ['countNumber ≥ 1', { rules: [rule({}, { countNumber: 0 })] }, /countNumber must be an integer of at least 1/],
  ['transition needs archive', { rules: [rule({}, {}, { type: 'transition' })] }, /transition needs targetStorageClass "archive"/],
  ['sinceImageTransitioned needs archive', { rules: [rule({}, { countType: 'sinceImageTransitioned', countUnit: 'days' })] }, /needs storageClass "archive"/],
  [
    'archive images only expire',
    {
      rules: [
        rule({}, { storageClass: 'archive', countType: 'sinceImageTransitioned', countUnit: 'days' }, { type: 'transition', targetStorageClass: 'archive' })
      ]
    },
    /cannot be transitioned again/
  ],
  ['unknown keys', { rules: [rule({ extra: 1 }, { colour: 'red' })], more: true }, /unknown key "more"[\s\S]*unknown key "extra"[\s\S]*unknown key "colour"/],
  ['at most 50 rules', { rules: Array.from({ length: 51 }, (_, i) => rule({ rulePriority: i + 1 })) }, /51 rules; ECR allows at most 50/],
  ['text at least 100 characters', { rules: [{ rulePriority: 1 }] }, /policy text is \d+ characters; ECR accepts 100 to 30720/]
])('%s', (_name, policy, re) => {
  expect(errorsOf(policy)).toMatch(re);
});

test('the generated policy is valid and readable as YAML too', () => {
  const p = buildPolicy({ keep: 'v*:10, main-*:5, prod-*:5, latest:1', untaggedDays: 30, keepAny: null, protect: ['buildcache*'] });
  expect(validatePolicy(p).errors).toEqual([]);
  const yaml =
    'rules:\n  - rulePriority: 1\n    description: expire untagged images after thirty days, keep everything else\n    selection: {tagStatus: untagged, countType: sinceImagePushed, countUnit: days, countNumber: 30}\n    action: {type: expire}\n';
  expect(validatePolicy(parsePolicyText(yaml)).errors).toEqual([]);
});

test('keep entries are parsed, and a bad one names the input', () => {
  expect(parseKeep('v*:10, latest:1')).toEqual([
    { pattern: 'v*', count: 10 },
    { pattern: 'latest', count: 1 }
  ]);
  expect(() => parseKeep('v*')).toThrow(/Input "keep": "v\*" is not PATTERN:COUNT/);
});
