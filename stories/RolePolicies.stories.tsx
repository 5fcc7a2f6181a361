import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { ConnectionDiagnosis } from '../src/components/ConnectionDiagnosis';
import type { IamPermissions } from '../src/model/rolePolicies';
import { readSettings } from '../src/model/settings';
import { Host, type HostArgs, documented } from './support/Host';
import { dataSource } from './support/options';
import { expectNotShown, expectWrites } from './support/play';

/**
 * "Metrics and logs permissions" from Grafana's CloudWatch documentation
 * (grafana.com/docs/grafana/latest/datasources/aws-cloudwatch/configure/#iam-policy-examples).
 */
const CLOUDWATCH: IamPermissions = {
  actions: [
    'cloudwatch:DescribeAlarmsForMetric',
    'cloudwatch:DescribeAlarmHistory',
    'cloudwatch:DescribeAlarms',
    'cloudwatch:ListMetrics',
    'cloudwatch:GetMetricData',
    'cloudwatch:GetInsightRuleReport',
    'pi:GetResourceMetrics',
    'logs:DescribeLogGroups',
    'logs:GetLogGroupFields',
    'logs:StartQuery',
    'logs:StopQuery',
    'logs:GetQueryResults',
    'logs:GetLogEvents',
    'ec2:DescribeTags',
    'ec2:DescribeInstances',
    'ec2:DescribeRegions',
    'tag:GetResources',
  ],
};

/** The minimal policy in the Amazon Athena plugin's documentation (grafana.com/docs/plugins/grafana-athena-datasource/latest/configure/#iam-policies). */
const ATHENA: IamPermissions = [
  {
    actions: [
      'athena:ListDatabases',
      'athena:ListDataCatalogs',
      'athena:ListWorkGroups',
      'athena:GetDatabase',
      'athena:GetDataCatalog',
      'athena:GetQueryExecution',
      'athena:GetQueryResults',
      'athena:GetTableMetadata',
      'athena:GetWorkGroup',
      'athena:ListTableMetadata',
      'athena:StartQueryExecution',
      'athena:StopQueryExecution',
    ],
  },
  {
    actions: [
      'glue:GetDatabase',
      'glue:GetDatabases',
      'glue:GetTable',
      'glue:GetTables',
      'glue:GetPartition',
      'glue:GetPartitions',
      'glue:BatchGetPartition',
    ],
  },
  {
    actions: [
      's3:GetBucketLocation',
      's3:GetObject',
      's3:ListBucket',
      's3:ListBucketMultipartUploads',
      's3:ListMultipartUploadParts',
      's3:AbortMultipartUpload',
      's3:PutObject',
    ],
    resources: ['arn:aws:s3:::aws-athena-query-results-*'],
  },
  { actions: ['s3:GetObject', 's3:ListBucket'], resources: ['arn:aws:s3:::athena-examples*'] },
];

/**
 * The `Policies` extra (`RolePolicies`, in `awsAuthExtras`): the IAM role the form describes, as a
 * trust policy with the external ID Grafana sends, a least-privilege permission policy from the
 * plugin's `iamPermissions`, and the same role as AWS CLI commands and Terraform.
 */
const meta = {
  title: 'ConnectionConfig/Role policies',
  component: documented,
  render: (args) => <Host {...args} />,
  args: { options: dataSource() },
} satisfies Meta<HostArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The JSON inside a snippet, as a user would copy it. */
function policyIn(canvasElement: HTMLElement, name: string) {
  const pre = within(canvasElement).getByLabelText(name, { selector: 'pre' });
  return JSON.parse(pre.textContent ?? '') as { Statement: Array<Record<string, unknown>> };
}

export const CloudWatch: Story = {
  name: 'CloudWatch: assume role with an external ID',
  args: {
    iamPermissions: CLOUDWATCH,
    options: dataSource({
      uid: 'cloudwatch-prod',
      jsonData: {
        authType: 'keys',
        assumeRoleArn: 'arn:aws:iam::222222222222:role/grafana-cloudwatch',
        externalId: 'grafana-ext-1',
        defaultRegion: 'eu-west-1',
      },
      secureJsonData: { secretKey: 'typed-secret-never-shown' },
    }),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /The IAM role and permissions, as policies and code/ }));
    const trust = policyIn(canvasElement, 'Trust policy').Statement[0]!;
    await expect(trust.Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'grafana-ext-1' } });
    await expect(JSON.stringify(trust.Principal)).toContain('REPLACE-ME');
    const permissions = policyIn(canvasElement, 'Permission policy').Statement[0]!;
    await expect(permissions.Action).toContain('cloudwatch:GetMetricData');
    await expect(permissions.Resource).toBe('*');
    await expect(canvas.getByLabelText('AWS CLI', { selector: 'pre' })).toHaveTextContent(
      '--role-name grafana-cloudwatch'
    );
    await expect(canvas.getByLabelText('Terraform (aws_iam_role)', { selector: 'pre' })).toHaveTextContent(
      'resource "aws_iam_role_policy" "grafana"'
    );
    await expect(canvas.getByRole('button', { name: /Copy trust policy/ })).toBeVisible();
    await expectNotShown('typed-secret-never-shown');
    await expectWrites(canvasElement, 0);
  },
};

export const Athena: Story = {
  name: 'Athena: statements with their own resources',
  args: {
    iamPermissions: ATHENA,
    options: dataSource({ uid: 'athena', type: 'grafana-athena-datasource', jsonData: { authType: 'default' } }),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /as policies and code/ }));
    const statements = policyIn(canvasElement, 'Permission policy').Statement;
    await expect(statements).toHaveLength(4);
    await expect(statements[2]!.Resource).toBe('arn:aws:s3:::aws-athena-query-results-*');
    // No external ID typed: the trust policy has no condition rather than an empty one.
    await expect(policyIn(canvasElement, 'Trust policy').Statement[0]!.Condition).toBeUndefined();
  },
};

export const GrafanaAssumeRole: Story = {
  name: 'Grafana Assume Role: the role Grafana Cloud assumes',
  args: {
    iamPermissions: CLOUDWATCH,
    externalId: '123456',
    allowed_auth_providers: ['grafana_assume_role', 'keys'],
    awsDatasourcesTempCredentials: true,
    options: dataSource({ uid: 'cloudwatch-cloud', jsonData: { authType: 'grafana_assume_role' } }),
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /The IAM role for Grafana to assume/ }));
    await expect(policyIn(canvasElement, 'Trust policy').Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::008923505280:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': '123456' } },
    });
    await expect(canvas.getByText(/the one Grafana sends for this data source/)).toBeVisible();
  },
};

export const WithoutPermissions: Story = {
  name: 'No iamPermissions: no permission policy invented',
  args: { options: dataSource({ jsonData: { authType: 'default' } }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /as policies and code/ }));
    await expect(canvas.getByLabelText('Trust policy', { selector: 'pre' })).toBeVisible();
    await expect(canvas.queryByLabelText('Permission policy', { selector: 'pre' })).toBeNull();
  },
};

const REFUSED =
  'CloudWatch metrics query failed: operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: a4bf15ce-6fb9-4045-bc51-1820354fba00, api error AccessDenied: User: arn:aws:sts::111111111111:assumed-role/grafana-node/i-0abc is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/grafana-cloudwatch';

export const DiagnosisOffersTrustPolicy: Story = {
  name: 'Assume role refused: the trust policy for the caller',
  render: () => {
    const view = readSettings(
      dataSource({
        jsonData: {
          authType: 'default',
          assumeRoleArn: 'arn:aws:iam::222222222222:role/grafana-cloudwatch',
          externalId: 'grafana-ext-1',
        },
      })
    );
    return <ConnectionDiagnosis view={view} message={REFUSED} />;
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Explain this error/ }));
    const name = 'Trust policy that lets arn:aws:iam::111111111111:role/grafana-node assume the role';
    await expect(policyIn(canvasElement, name).Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111111111111:role/grafana-node' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'grafana-ext-1' } },
    });
    await expect(canvas.getByRole('button', { name: /Copy trust policy/ })).toBeVisible();
  },
};
