import type { ReactNode } from 'react';
import { loadQueryClient } from '../data/query';

// TanStack Query loads beside the first paint (data/query.ts): start fetching it right away.
void loadQueryClient();

export function Providers({ children }: { children: ReactNode }) {
  return children;
}
