import { graphql } from '../../gql';

export const MailSettingsQuery = graphql(`
  query MailSettings {
    myMailPreferences {
      kind
      label
      frequency
      allowedFrequencies
      locked
    }
    myOpenPgpKey {
      fingerprint
      userIds
      createdAt
      expiresAt
    }
  }
`);

export const SetMailPreferenceMutation = graphql(`
  mutation SetMailPreference($input: SetMailPreferenceInput!) {
    setMailPreference(input: $input) {
      kind
      frequency
      locked
    }
  }
`);

export const SetOpenPgpKeyMutation = graphql(`
  mutation SetMyOpenPgpKey($input: SetOpenPgpKeyInput!) {
    setMyOpenPgpKey(input: $input) {
      fingerprint
      userIds
      createdAt
      expiresAt
    }
  }
`);

export const RemoveOpenPgpKeyMutation = graphql(`
  mutation RemoveMyOpenPgpKey {
    removeMyOpenPgpKey
  }
`);
