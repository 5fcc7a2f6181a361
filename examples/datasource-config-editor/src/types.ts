import type { AwsAuthDataSourceJsonData, AwsAuthDataSourceSecureJsonData } from 'grafana-aws-auth';

/** What the plugin stores in jsonData: the AWS settings plus its own. */
export interface MyDataSourceOptions extends AwsAuthDataSourceJsonData {
  path?: string;
}

/** Values that are only sent to the backend: the AWS secrets plus the plugin's own. */
export interface MySecureJsonData extends AwsAuthDataSourceSecureJsonData {
  apiKey?: string;
}
