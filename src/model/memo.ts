/** `map`'s value for `key`, made by `make` and kept the first time it is asked for: the one way the
 * build remembers what it has worked out (per item, per language, per name). */
export function remember<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V;
export function remember<K, V>(map: Map<K, V>, key: K, make: () => V): V;
export function remember<K extends object, V>(map: Map<K, V> | WeakMap<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = make();
  map.set(key, value);
  return value;
}

/** `remember` two keys deep: the value for `b` in `outer`'s map for `a` (a new map the first time). */
export function rememberBoth<A extends object, B, V>(outer: WeakMap<A, Map<B, V>>, a: A, b: B, make: () => V): V {
  return remember(
    remember(outer, a, () => new Map<B, V>()),
    b,
    make,
  );
}
