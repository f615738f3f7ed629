import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@culture-commune/shared';
import type { Request, Response } from 'express';

/** Who is acting: a signed-in member, or null for a visitor. Services and policies take it explicitly. */
export interface Actor {
  id: string;
  role: Role;
  organisationId: string | null;
  sessionHash: string;
}

export type RequestWithActor = Request & { actor?: Actor | null };

export interface GraphqlContext {
  req: RequestWithActor;
  res: Response;
}

/** The actor of the current GraphQL request (set by the session middleware). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | null => {
  return GqlExecutionContext.create(context).getContext<GraphqlContext>().req.actor ?? null;
});

/** The request's context, for resolvers that set or clear the session cookie. */
export const GqlContext = createParamDecorator((_: unknown, context: ExecutionContext): GraphqlContext => {
  return GqlExecutionContext.create(context).getContext<GraphqlContext>();
});
