import { Field, Input } from '@grafana/ui';
import { memo } from 'react';

export interface CredentialsProfileFieldProps {
  inputId: string;
  profile: string;
  /** The profile shown comes from the legacy `database` field, as the backend falls back to it. */
  fromDatabase: boolean;
  onChange: (value: string) => void;
}

export const CredentialsProfileField = memo(function CredentialsProfileField(props: CredentialsProfileFieldProps) {
  const { inputId, profile, fromDatabase, onChange } = props;
  const description = fromDatabase
    ? 'Read from this data source\'s older "database" setting. Type here to save it as the profile.'
    : 'The [section] of ~/.aws/credentials to use, in the home folder of the user running grafana-server.';
  return (
    <Field label="Credentials Profile Name" description={description}>
      <Input
        id={inputId}
        value={profile}
        placeholder="default"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </Field>
  );
});
