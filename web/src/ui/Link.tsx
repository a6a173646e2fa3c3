import { Anchor, type AnchorProps } from '@mantine/core';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Link } from 'react-router';

/** An in-app link styled as a Mantine anchor (underlined for contrast-independent recognition). */
export function AppLink({
  to,
  children,
  ...props
}: AnchorProps &
  Omit<ComponentPropsWithoutRef<'a'>, keyof AnchorProps | 'href'> & {
    to: string;
    children: ReactNode;
  }) {
  return (
    <Anchor component={Link} to={to} {...props}>
      {children}
    </Anchor>
  );
}
