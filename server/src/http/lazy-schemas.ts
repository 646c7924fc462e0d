/**
 * Route schemas compiled on first use instead of at start. Fastify compiles every route's validators (Ajv) and
 * response serializers (fast-json-stringify) when the app starts: for a few hundred routes that was about a third
 * of the hub's start-up CPU and some 10 MB of heap that an idle hub never needs (most routes are not called for
 * hours). Here each route gets a small stand-in that compiles the real function with Fastify's own default compilers
 * (same options, same results) the first time it runs. `compileAll` compiles everything at once: the test that
 * every schema compiles (lazy-schemas.medium.test.ts) calls it, so a broken schema still fails a test rather than a
 * citizen's first request. docs/operations.md "Footprint".
 *
 * With a compiler factory of its own Fastify counts the validator compiler as custom, which only changes one thing:
 * it does not lower-case the property names of `headers` schemas. No route validates headers with a schema.
 */
import ValidatorSelector from '@fastify/ajv-compiler';
import SerializerSelector from '@fastify/fast-json-stringify-compiler';

type AnyFunction = (...args: never[]) => unknown;

export interface LazySchemaCompilers {
  compilersFactory: {
    buildValidator: ReturnType<typeof ValidatorSelector>;
    buildSerializer: ReturnType<typeof SerializerSelector>;
  };
  /** Compiles every schema not compiled yet (throws what the compiler throws); returns how many it compiled. */
  compileAll(): number;
}

export function lazySchemaCompilers(): LazySchemaCompilers {
  const pending = new Set<() => unknown>();

  /** A function that compiles `build()` on its first call and behaves as it from then on (also Ajv's `errors`). */
  function lazy<F extends AnyFunction>(build: () => F): F {
    let compiled: F | undefined;
    const compile = (): F => {
      if (!compiled) {
        compiled = build();
        pending.delete(compile);
      }
      return compiled;
    };
    pending.add(compile);
    const standIn = function (this: unknown, ...args: Parameters<F>) {
      const fn = compile();
      const result = fn.apply(this, args);
      // Fastify reads a failed Ajv validation's report from the function it called.
      (standIn as unknown as { errors?: unknown }).errors = (fn as unknown as { errors?: unknown }).errors;
      return result;
    };
    return standIn as unknown as F;
  }

  const validators = ValidatorSelector();
  const serializers = SerializerSelector();
  const buildValidator: LazySchemaCompilers['compilersFactory']['buildValidator'] = (
    externalSchemas,
    options,
  ) => {
    const compilerFor = validators(externalSchemas, options);
    return (route) => lazy(() => compilerFor(route));
  };
  const buildSerializer: LazySchemaCompilers['compilersFactory']['buildSerializer'] = (
    externalSchemas,
    options,
  ) => {
    const compilerFor = serializers(externalSchemas, options);
    return (route) => lazy(() => compilerFor(route));
  };
  return {
    compilersFactory: { buildValidator, buildSerializer },
    compileAll() {
      let count = 0;
      for (const compile of [...pending]) {
        compile();
        count++;
      }
      return count;
    },
  };
}
