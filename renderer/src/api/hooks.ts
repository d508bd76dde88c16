import {
  type QueryClient,
  type UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { affectedAreas, type MutationMethod } from '../../../electron/api/affects';
import type { In, Method, Out } from '../../../electron/api/contract';
import { useToast } from '../components/Toast';
import { ApiCallError, call, callWithProgress, type Progress } from './client';

/** Query keys start with the area, so a mutation can invalidate its area. */
export function useApiQuery<M extends Method>(
  method: M,
  input: In<M>,
  options: Omit<UseQueryOptions<Out<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Out<M>, ApiCallError>({
    queryKey: [method.split('.')[0], method, input],
    queryFn: () => call(method, input),
    ...options,
  });
}

/**
 * A mutation that refreshes exactly the areas the contract says it affects (electron/api/affects.ts)
 * and shows its error as a toast. Screens call mutations only through this hook (or its progress
 * variant), so what changed is always refreshed.
 */
export function useApiMutation<M extends MutationMethod>(method: M, opts: { toastErrors?: boolean } = {}) {
  const client = useQueryClient();
  const notify = useToast();
  return useMutation<Out<M>, ApiCallError, In<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => refreshAfter(client, method),
    onError: (e) => {
      if (opts.toastErrors !== false) notify(e.message, 'error');
      // Not accepted as on duty (a session that ran out): ask the host again, so the start screen shows.
      if (e.code === 'FORBIDDEN') void client.invalidateQueries({ queryKey: ['session'] });
    },
  });
}

/** A long mutation that reports progress (jobs.progress, polled) and refreshes what it affects. */
export function useApiMutationWithProgress<M extends MutationMethod>(method: M) {
  const client = useQueryClient();
  return async (input: In<M>, onProgress: (p: Progress) => void): Promise<Out<M>> => {
    const out = await callWithProgress(method, input, onProgress);
    await refreshAfter(client, method);
    return out;
  };
}

/** Refresh the queries of every area a mutation affects. */
export async function refreshAfter(client: QueryClient, method: MutationMethod): Promise<void> {
  await Promise.all(affectedAreas(method).map((area) => client.invalidateQueries({ queryKey: [area] })));
}

export { ApiCallError };
