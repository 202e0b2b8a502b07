// Work done once per immutable value (a document, a result): what is built from it lives as long
// as it does and no longer.
export function memoise<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  return (key) => {
    if (built.has(key)) return built.get(key) as V;
    const value = build(key);
    built.set(key, value);
    return value;
  };
}
