// ECR lifecycle policies: the types, and reading a policy from JSON or YAML text.
import { parse as parseYaml } from 'yaml';

export type TagStatus = 'tagged' | 'untagged' | 'any';
export type CountType = 'imageCountMoreThan' | 'sinceImagePushed' | 'sinceImagePulled' | 'sinceImageTransitioned';

export interface LifecycleSelection {
  tagStatus: TagStatus;
  tagPrefixList?: string[];
  tagPatternList?: string[];
  storageClass?: 'standard' | 'archive';
  countType: CountType;
  countUnit?: 'days';
  countNumber: number;
}

export interface LifecycleRule {
  rulePriority: number;
  description?: string;
  selection: LifecycleSelection;
  action: { type: 'expire' | 'transition'; targetStorageClass?: 'archive' };
}

export interface LifecyclePolicy {
  rules: LifecycleRule[];
}

/** DescribeImages `imageDetails`, plus `childDigests` on image indexes. */
export interface ImageDetail {
  imageDigest: string;
  imageTags?: string[];
  imagePushedAt: string | Date;
  imageSizeInBytes?: number;
  imageManifestMediaType?: string;
  lastRecordedPullTime?: string | Date;
  /** When the image moved to the archive storage class (archive rules). */
  lastArchivedAt?: string | Date;
  imageStatus?: string;
  childDigests?: string[];
}

/** JSON first (ECR's own format), YAML otherwise. Throws with the source named. */
export function parsePolicyText(text: string, source = 'policy'): unknown {
  const t = text.trim();
  try {
    return JSON.parse(t);
  } catch (jsonErr) {
    if (t.startsWith('{')) throw new Error(`${source}: invalid JSON: ${(jsonErr as Error).message}`, { cause: jsonErr });
    try {
      return parseYaml(t);
    } catch (yamlErr) {
      throw new Error(`${source}: neither JSON nor YAML: ${(yamlErr as Error).message}`, { cause: yamlErr });
    }
  }
}
