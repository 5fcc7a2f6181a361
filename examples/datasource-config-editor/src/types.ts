import type { AwsAuthJsonData, AwsAuthSecureJsonData } from 'grafana-aws-auth';

/** What the plugin stores in jsonData: the AWS settings plus its own. */
export interface MyDataSourceOptions extends AwsAuthJsonData {
  path?: string;
}

/** Values that are only sent to the backend: the AWS secrets plus the plugin's own. */
export interface MySecureJsonData extends AwsAuthSecureJsonData {
  apiKey?: string;
}
