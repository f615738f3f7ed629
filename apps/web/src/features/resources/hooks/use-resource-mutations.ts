import { useMutation } from '@apollo/client/react';
import { CreateResourceMutation, UpdateResourceMutation } from '../graphql/resource.documents';
import { forgetListings } from './forget-listings';

export function useCreateResource() {
  return useMutation(CreateResourceMutation, { update: forgetListings });
}

export function useUpdateResource() {
  return useMutation(UpdateResourceMutation, { update: forgetListings });
}
