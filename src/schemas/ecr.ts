// JSON Schemas of what the ECR commands read from users: lifecycle policies (ECR's format;
// the rules ECR checks across fields stay in src/ecr/validate.ts) and DescribeImages output
// (`aws ecr describe-images` as printed, or its imageDetails list).
import type { ImageDetail } from '../ecr/policy.js';
import { checkJson } from './check.js';

const nonEmptyStrings = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } as const;

export const LIFECYCLE_POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Amazon ECR lifecycle policy',
  type: 'object',
  required: ['rules'],
  additionalProperties: false,
  properties: {
    rules: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        required: ['rulePriority', 'selection', 'action'],
        additionalProperties: false,
        properties: {
          rulePriority: { type: 'integer', minimum: 1 },
          description: { type: 'string' },
          selection: {
            type: 'object',
            required: ['tagStatus', 'countType', 'countNumber'],
            additionalProperties: false,
            properties: {
              tagStatus: { enum: ['tagged', 'untagged', 'any'] },
              tagPrefixList: nonEmptyStrings,
              tagPatternList: nonEmptyStrings,
              storageClass: { enum: ['standard', 'archive'] },
              countType: { enum: ['imageCountMoreThan', 'sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'] },
              countUnit: { const: 'days' },
              countNumber: { type: 'integer', minimum: 1 }
            }
          },
          action: {
            type: 'object',
            required: ['type'],
            additionalProperties: false,
            properties: {
              type: { enum: ['expire', 'transition'] },
              targetStorageClass: { const: 'archive' }
            }
          }
        }
      }
    }
  }
} as const;

/** A time as the AWS CLI prints it: ISO 8601 (v2), or seconds since the epoch (v1). */
const time = { type: ['string', 'number'] } as const;

const IMAGE_DETAIL = {
  type: 'object',
  required: ['imageDigest'],
  properties: {
    imageDigest: { type: 'string', pattern: '^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$' },
    imageTags: { type: 'array', items: { type: 'string' } },
    imagePushedAt: time,
    imageSizeInBytes: { type: 'number', minimum: 0 },
    imageManifestMediaType: { type: 'string' },
    lastRecordedPullTime: time,
    lastArchivedAt: time,
    imageStatus: { type: 'string' },
    childDigests: { type: 'array', items: { type: 'string' } }
  }
} as const;

export const DESCRIBE_IMAGES_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'ECR DescribeImages output: the imageDetails list, or the whole response',
  anyOf: [
    { type: 'array', items: IMAGE_DETAIL },
    { type: 'object', required: ['imageDetails'], properties: { imageDetails: { type: 'array', items: IMAGE_DETAIL } } }
  ]
} as const;

type RawTime = string | number | undefined;
type RawImage = Omit<ImageDetail, 'imagePushedAt' | 'lastRecordedPullTime' | 'lastArchivedAt'> & { imagePushedAt?: RawTime; lastRecordedPullTime?: RawTime; lastArchivedAt?: RawTime };

const asTime = (t: RawTime): string | Date | undefined => (typeof t === 'number' ? new Date(t * 1000) : t);

/** DescribeImages output as images to evaluate; an image without a push time counts as pushed at the epoch (oldest). */
export function parseDescribeImages(data: unknown, source: string): ImageDetail[] {
  const raw = checkJson(DESCRIBE_IMAGES_SCHEMA, data, source) as RawImage[] | { imageDetails: RawImage[] };
  const list = Array.isArray(raw) ? raw : raw.imageDetails;
  return list.map((d) => ({
    ...d,
    imagePushedAt: asTime(d.imagePushedAt) ?? new Date(0),
    lastRecordedPullTime: asTime(d.lastRecordedPullTime),
    lastArchivedAt: asTime(d.lastArchivedAt)
  }));
}
