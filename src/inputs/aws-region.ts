// AWS region codes (us-east-1, eu-central-2, us-gov-west-1, cn-north-1), for the inputs that take one.
import { InputError } from '../common/errors.js';

const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function checkAwsRegion(input: string, region: string): void {
  if (region && !AWS_REGION.test(region))
    throw new InputError(input, `"${region}" is not an AWS region`, 'write a region code such as us-east-1 or eu-west-1 (lowercase)');
}
