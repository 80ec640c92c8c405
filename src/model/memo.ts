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
