import type { z } from 'zod';

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch', 'success']);

/**
 * Keys of every object schema that `schema` can hold at `path` (through wrappers, pipes, arrays,
 * unions and records), sorted. Used only to suggest a known key for an unknown one: a
 * discriminated union contributes the options that `input` selects, another union all options.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[], input: unknown): string[] {
  const keys = new Set<string>();
  const at = (value: unknown, key: PropertyKey): unknown =>
    typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const visit = (s: z.ZodType | undefined, rest: readonly PropertyKey[], depth: number, value: unknown): void => {
    if (s === undefined || depth > 64) return;
    const def = (s as unknown as { _zod: { def: SchemaDef } })._zod.def;
    if (wrappers.has(def.type)) return visit(def.innerType, rest, depth + 1, value);
    switch (def.type) {
      case 'object': {
        const shape = def.shape ?? {};
        if (rest.length === 0) for (const k of Object.keys(shape)) keys.add(k);
        else visit(shape[String(rest[0])], rest.slice(1), depth + 1, at(value, rest[0] as PropertyKey));
        return;
      }
      case 'pipe':
        visit(def.in, rest, depth + 1, value);
        visit(def.out, rest, depth + 1, value);
        return;
      case 'array':
        if (typeof rest[0] === 'number') visit(def.element, rest.slice(1), depth + 1, at(value, rest[0]));
        return;
      case 'union': {
        const options = def.options ?? [];
        const tag = def.discriminator;
        const chosen =
          tag === undefined
            ? []
            : options.filter((o) => (o as { shape?: Record<string, z.ZodType> }).shape?.[tag]?.safeParse(at(value, tag)).success);
        for (const option of chosen.length > 0 ? chosen : options) visit(option, rest, depth + 1, value);
        return;
      }
      case 'intersection':
        visit(def.left, rest, depth + 1, value);
        visit(def.right, rest, depth + 1, value);
        return;
      case 'record':
        if (rest.length > 0) visit(def.valueType, rest.slice(1), depth + 1, at(value, rest[0] as PropertyKey));
        return;
      case 'lazy':
        visit(def.getter?.(), rest, depth + 1, value);
        return;
    }
  };
  visit(schema, path, 0, input);
  return [...keys].sort();
}
