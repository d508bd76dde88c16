import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { In, Method, Out } from '../../../electron/api/contract';
import { useToast } from '../components/Toast';
import { ApiCallError, call } from './client';

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

/** A mutation that shows its error as a toast and refreshes the given areas (all, by default). */
export function useApiMutation<M extends Method>(
  method: M,
  opts: { invalidate?: string[]; toastErrors?: boolean } = {},
) {
  const client = useQueryClient();
  const notify = useToast();
  return useMutation<Out<M>, ApiCallError, In<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      if (opts.invalidate) {
        await Promise.all(opts.invalidate.map((area) => client.invalidateQueries({ queryKey: [area] })));
      } else {
        await client.invalidateQueries();
      }
    },
    onError: (e) => {
      if (opts.toastErrors !== false) notify(e.message, 'error');
      // Not accepted as on duty (a session that ran out): ask the host again, so the start screen shows.
      if (e.code === 'FORBIDDEN') void client.invalidateQueries({ queryKey: ['session'] });
    },
  });
}

export { ApiCallError };
