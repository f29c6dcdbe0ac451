import { graphql } from '../generated/index.ts';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      holds {
        ...HoldFields
      }
      orders {
        ...OrderFields
      }
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      token
      user {
        id
        email
        name
        role
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($email: String!, $password: String!, $name: String!, $organizerInvite: String) {
    signUp(email: $email, password: $password, name: $name, organizerInvite: $organizerInvite) {
      token
      user {
        id
        email
        name
        role
      }
    }
  }
`);
