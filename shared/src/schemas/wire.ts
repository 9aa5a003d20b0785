import * as z from 'zod/mini';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of the JSON values a schema's default can be. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
}

/** `undefined` stands for "leave the field out": the schema puts its default back. */
function strip(schema: z.core.$ZodType, value: unknown): unknown {
  // Every schema zod builds is one of $ZodTypes; the cast lets `def.type` narrow the definition.
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'default':
      return sameJson(value, def.defaultValue) ? undefined : strip(def.innerType, value);
    case 'nullable':
    case 'optional':
    case 'readonly':
      return value === null || value === undefined ? value : strip(def.innerType, value);
    case 'object': {
      if (!isRecord(value)) return value;
      const out: Record<string, unknown> = {};
      // Only the shape's keys: one the schema does not know would be dropped (or refused) by its parse anyway.
      for (const [k, s] of Object.entries(def.shape)) {
        const v = strip(s, value[k]);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    case 'array':
      // An element cannot be left out of an array: one equal to its default stays as it is.
      return Array.isArray(value) ? value.map((v) => strip(def.element, v) ?? v) : value;
    case 'union': {
      // The option the receiver's parse takes, as zod's union does: the first that accepts the value.
      const option = def.options.find((o) => z.safeParse(o, value).success);
      return option ? strip(option, value) : value;
    }
    default:
      return value;
  }
}

/**
 * `value`, an output of `schema`, as a smaller input that `schema` parses back to the same: every field
 * equal to its schema default left out, and keys outside the schema's shapes dropped. For what is sent to
 * many screens that each parse it with the same schema (issue 20 §1: a third of a playlist was defaults).
 */
export function withoutDefaults<S extends z.ZodMiniType>(schema: S, value: z.output<S>): z.input<S> {
  // strip() keeps to the schema's own structure, so what it returns is an input of `schema`.
  return strip(schema, value) as z.input<S>;
}
