/**
 * A name that looks like a secret's (build args, ARG and ENV): whole `_`-separated words
 * only: NPM_TOKEN, DB_PASSWORD, API_KEY; not AUTHOR or TOKENIZERS_PARALLELISM.
 */
export const SECRET_NAME = /(^|_)(TOKEN|PASSWORD|PASSWD|SECRET|APIKEY|CREDENTIALS?|AUTH)(_|$)|(^|_)(API|PRIVATE|ACCESS)_KEY(_|$)/i;
