import { type ComponentType, lazy } from 'react';

type Screen = ComponentType<{ param: string }>;

/** A screen loaded from its own chunk on first use; `name` is the component the module exports. */
export function screen<K extends string>(load: () => Promise<Record<K, Screen>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
